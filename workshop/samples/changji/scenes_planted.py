"""Filings with one or two planted findings, each one a reviewer would agree with on reading the page."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

from jianzheng.models.finding import Code

from . import acceptance, audit, cast, contracts, fleet, invoices, licences
from .audit import Books
from .deal import Deal
from .declaring import row, write_json, write_xlsx
from .enterprise import YEAR, Profile, make_company, public_body
from .filing import Filing, Part

PLACE = "新疆维吾尔自治区昌吉回族自治州"


def cj02_fukang_construction(root: Path, seed: int) -> str:
    """阜康市: a GF-2017-0201 施工合同 whose 签约合同价 is ¥3,186,500.00 while the workbook (万元) says 381.65
    (AMOUNT_MISMATCH); the 竣工验收报告 came by fax with the 监理单位's opinion."""
    name = "cj02_fukang_construction"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆博峰智能科技有限公司", "阜康市", "博峰街街道天池路66号")
    prof = Profile(
        me,
        "阜康市",
        "丁",
        2000,
        dt.date(2015, 9, 3),
        technical=12,
        certified=3,
        books=[Books(YEAR, D("26483500"), D("19021800"), D("1746300"), unit="万元")],
    )
    lic = licences.modern(prof.registration(dt.date(2020, 11, 17)), rng, landscape=False, copy="正本")
    f.picture("证照/营业执照正本.jpg", lic, f.shoot(lic.pages[0], fleet.FLATBED_COLOUR_400))

    school = public_body(rng, "阜康市第二中学", "阜康市", "城关镇迎宾路45号")
    p1 = Deal(
        "P1",
        "阜康市第二中学智慧校园弱电智能化工程",
        school,
        me,
        {"integration_implementation": D("986500"), "hardware_purchase": D("2200000")},
        dt.date(2025, 4, 8),
        dt.date(2025, 10, 30),
        "FKEZ-SG-2025-004",
        "阜康市",
        field_name="教育",
    )
    supervisor = make_company(rng, "新疆瑞诚工程建设监理有限公司", "昌吉市", "北京南路街道屯河路71号")
    c1 = contracts.construction(
        p1, rng, supervisor=supervisor.name, site="阜康市城关镇迎宾路45号阜康市第二中学校内"
    )
    f.pdf("阜康二中弱电工程/施工合同.pdf", [Part(c1, fleet.FLATBED_GREY_200)])
    a1 = acceptance.completion_report(p1, rng, supervisor=supervisor, designer="新疆建筑设计研究院有限公司")
    f.tiff("阜康二中弱电工程/竣工验收报告（传真件）.tif", [Part(a1, fleet.FAX_200)])
    f.expect(
        Code.AMOUNT_MISMATCH,
        project="P1",
        paper=c1,
        page=c1.page_of("amount"),
        note="签约合同价 ¥3,186,500.00（叁佰壹拾捌万陆仟伍佰元整）; declared 381.65万元 (digits transposed)",
    )

    bureau = public_body(rng, "阜康市应急管理局", "阜康市", "甘河子镇天山路12号")
    p2 = Deal(
        "P2",
        "阜康市应急指挥视频会商系统建设项目",
        bureau,
        me,
        {
            "software_development": D("88000"),
            "integration_implementation": D("60000"),
            "hardware_purchase": D("500000"),
        },
        dt.date(2025, 5, 16),
        dt.date(2025, 9, 10),
        "FKYJ-2025-CG-07",
        "阜康市",
    )
    c2 = contracts.procurement(p2, rng, purchase_no="FKZC2025-0512")
    a2 = acceptance.stage_report(p2, rng, stage="终验", day=p2.accepted_on, conclusion="验收合格")
    f.pdf("应急会商系统.pdf", [Part(c2, fleet.OFFICE_COLOUR_200), Part(a2, fleet.OFFICE_COLOUR_200)])

    firm = make_company(rng, "新疆天正华信会计师事务所有限公司", "昌吉市", "宁边西路街道绿洲路88号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="新天正审字〔2026〕第0077号", signed=dt.date(2026, 1, 12)
    )
    f.pdf("审计报告2025.pdf", [Part(rep, fleet.GREY_AS_RGB_150)])

    form = prof.form(rng)
    declared = dict(p1.fees, hardware_purchase=D("2830000"))
    form.rows = [row(p1, location=PLACE + "阜康市", fees=declared), row(p2, location=PLACE + "阜康市")]
    write_xlsx(f.folder, form, unit="万元")
    f.write_truth(clean=False)
    return name


def cj04_manas_fees(root: Path, seed: int) -> str:
    """玛纳斯县: one scanned file of three projects. P1's 分项报价表 says 软件开发费 380,000 where the form says
    580,000 (FEE_MISMATCH); P2's services_total is mistyped (DECLARED_SUM_MISMATCH)."""
    name = "cj04_manas_fees"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆碧流河数据科技有限公司", "玛纳斯县", "玛纳斯镇凤凰路27号")
    prof = Profile(
        me,
        "玛纳斯县",
        "丙",
        1200,
        dt.date(2014, 4, 21),
        technical=22,
        certified=5,
        books=[Books(YEAR, D("21346218.30"), D("15880406.00"), D("1204377.85"), unit="千元")],
    )
    lic = licences.modern(prof.registration(dt.date(2019, 12, 5)), rng, landscape=True)
    f.picture("执照.jpg", lic, f.shoot(lic.pages[0], fleet.PHONE_DIM))

    police = public_body(rng, "玛纳斯县公安局", "玛纳斯县", "玛纳斯镇文化路19号")
    p1 = Deal(
        "P1",
        "玛纳斯县公安局智慧安防视频云平台建设项目",
        police,
        me,
        {
            "software_development": D("380000"),
            "integration_implementation": D("260000"),
            "hardware_purchase": D("3850000"),
            "software_purchase": D("150000"),
        },
        dt.date(2025, 3, 27),
        dt.date(2025, 8, 29),
        "MNSGA-2025-HT-009",
        "玛纳斯县",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="MNSZC2025-0208")
    a1 = acceptance.checklist(p1, rng, conclusion="验收合格")
    school = public_body(rng, "玛纳斯县第一中学", "玛纳斯县", "玛纳斯镇新华路2号")
    p2 = Deal(
        "P2",
        "玛纳斯县第一中学录播教室及校园网络改造项目",
        school,
        me,
        {"integration_implementation": D("228000"), "hardware_purchase": D("900000")},
        dt.date(2025, 6, 3),
        dt.date(2025, 9, 1),
        "MNSYZ-2025-011",
        "玛纳斯县",
        field_name="教育",
    )
    c2 = contracts.procurement(p2, rng, purchase_no="MNSZC2025-0419", itemised=False)
    a2 = acceptance.checklist(p2, rng)
    centre = public_body(rng, "玛纳斯县政务服务和公共资源交易中心", "玛纳斯县", "玛纳斯镇迎宾大道6号")
    p3 = Deal(
        "P3",
        "玛纳斯县政务外网运维服务项目",
        centre,
        me,
        {"operation_maintenance": D("365000")},
        dt.date(2025, 1, 2),
        dt.date(2025, 12, 22),
        "MNSZW-YW-2025",
        "玛纳斯县",
    )
    c3 = contracts.maintenance(p3, rng, wan_only=True)
    a3 = acceptance.opinion_letter(p3, rng, members=3)
    f.pdf("玛纳斯县项目合同扫描件.pdf", [Part(p, fleet.FLATBED_GREY_200) for p in (c1, a1, c2, a2, c3, a3)])
    f.expect(
        Code.FEE_MISMATCH,
        project="P1",
        paper=c1,
        page=c1.page_of("fees"),
        note="分项报价表：软件开发费 380,000.00, 硬件设备购置费 3,850,000.00; declared 580,000.00 and 3,650,000.00",
    )
    f.expect(
        Code.DECLARED_SUM_MISMATCH,
        project="P2",
        note="services_total 328,000.00 but the six service fees add up to 228,000.00",
    )

    firm = make_company(rng, "昌吉恒信联合会计师事务所（普通合伙）", "昌吉市", "延安北路街道长宁路15号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="昌恒信审字〔2026〕第017号", signed=dt.date(2026, 1, 22)
    )
    f.pdf("2025年审计报告.pdf", [Part(rep, fleet.OFFICE_COLOUR_200)])

    form = prof.form(rng)
    form.rows = [
        row(
            p1,
            location=PLACE + "玛纳斯县",
            fees=dict(p1.fees, software_development=D("580000"), hardware_purchase=D("3650000")),
        ),
        row(p2, location=PLACE + "玛纳斯县", services_total=D("328000")),
        row(p3, location=PLACE + "玛纳斯县"),
    ]
    write_json(f.folder, form)
    f.write_truth(clean=False)
    return name


def cj05_qitai_parties(root: Path, seed: int) -> str:
    """奇台县: P1's contract was signed by a sister company (PARTY_MISMATCH); P2's acceptance letter says
    不同意验收 (ACCEPTANCE_NOT_PASSED)."""
    name = "cj05_qitai_parties"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆天山北麓信息工程有限公司", "奇台县", "古城乡北门路33号")
    sister = make_company(rng, "奇台县北麓网络科技有限公司", "奇台县", "老奇台镇丝路大道8号")
    prof = Profile(
        me,
        "奇台县",
        "丙",
        1000,
        dt.date(2013, 7, 9),
        technical=23,
        certified=6,
        books=[Books(YEAR, D("15420880.00"), D("11235600.00"), D("932715.40"))],
    )
    lic = licences.modern(prof.registration(dt.date(2020, 6, 30)), rng, landscape=True)
    f.picture("营业执照（副本）.jpg", lic, f.shoot(lic.pages[0], fleet.OFFICE_COLOUR_200))

    media = public_body(rng, "奇台县融媒体中心", "奇台县", "古城乡古城路16号")
    p1 = Deal(
        "P1",
        "奇台县融媒体中心演播室及播控系统升级项目",
        media,
        sister,
        {
            "software_development": D("356000"),
            "integration_implementation": D("400000"),
            "hardware_purchase": D("3600000"),
        },
        dt.date(2025, 2, 26),
        dt.date(2025, 7, 18),
        "QTRM-2025-HT-02",
        "奇台县",
        field_name="文化、体育、娱乐",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="QTZC2025-0131")
    a1 = acceptance.checklist(p1, rng)
    f.pdf(
        "01融媒体演播室/合同及验收单.pdf",
        [Part(c1, fleet.OFFICE_COLOUR_300), Part(a1, fleet.OFFICE_COLOUR_300)],
    )
    f.expect(
        Code.PARTY_MISMATCH,
        project="P1",
        paper=c1,
        page=1,
        note=f"供应商（乙方）{sister.name}, not the declaring {me.name}",
    )

    cdc = public_body(rng, "奇台县疾病预防控制中心", "奇台县", "古城乡团结路40号")
    p2 = Deal(
        "P2",
        "奇台县疾控中心实验室信息管理系统开发项目",
        cdc,
        me,
        {
            "software_development": D("640000"),
            "consulting_design": D("60000"),
            "software_purchase": D("160000"),
        },
        dt.date(2025, 3, 14),
        dt.date(2025, 10, 9),
        "QTJK-JSKF-2025-1",
        "奇台县",
        field_name="医疗卫生",
    )
    c2 = contracts.technology(p2, rng, kind="develop", words_only=False, fee_breakdown=True)
    a2 = acceptance.opinion_letter(p2, rng, conclusion="不同意验收", members=5)
    f.pdf("02疾控LIS/LIS合同.pdf", [Part(c2, fleet.FLATBED_GREY_200)])
    f.pdf("02疾控LIS/验收意见.pdf", [Part(a2, fleet.FLATBED_GREY_200)])
    f.expect(Code.ACCEPTANCE_NOT_PASSED, project="P2", paper=a2, page=1, note="验收结论：不同意验收")

    agency = public_body(rng, "奇台县自然资源局", "奇台县", "古城乡东大街52号")
    p3 = Deal(
        "P3",
        "奇台县自然资源局机房运维服务项目",
        agency,
        me,
        {"operation_maintenance": D("420000")},
        dt.date(2025, 1, 6),
        dt.date(2025, 12, 30),
        "QTZR-YW-2025",
        "奇台县",
    )
    c3 = contracts.maintenance(p3, rng)
    a3 = acceptance.checklist(p3, rng, conclusion="验收合格")
    f.pdf(
        "03自然资源运维.pdf", [Part(c3, None), Part(a3, fleet.OFFICE_COLOUR_200)], producer="法大大电子合同"
    )

    firm = make_company(rng, "新疆天山正信会计师事务所有限公司", "昌吉市", "中山路街道健康路102号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="天山正信审字〔2026〕第0391号", signed=dt.date(2026, 2, 6)
    )
    f.pdf("审计报告.pdf", [Part(rep, fleet.FLATBED_GREY_200)])

    form = prof.form(rng)
    form.rows = [
        row(replace(p1, supplier=me), location=PLACE + "奇台县"),
        row(p2, location=PLACE + "奇台县"),
        row(p3, location=PLACE + "奇台县"),
    ]
    write_json(f.folder, form)
    f.write_truth(clean=False)
    return name


def cj07_jimsar_expired(root: Path, seed: int) -> str:
    """吉木萨尔县: an old-layout 企业法人营业执照 whose term ended on 2025-08-15 (LICENSE_EXPIRED); P2 was
    accepted on 2024-12-27, before the inspection year (ACCEPTANCE_OUT_OF_PERIOD)."""
    name = "cj07_jimsar_expired"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆北庭数码科技有限公司", "吉木萨尔县", "北庭镇文化西路18号")
    prof = Profile(
        me,
        "吉木萨尔县",
        "丁",
        600,
        dt.date(2005, 8, 16),
        technical=11,
        certified=3,
        books=[Books(YEAR, D("5218804.33"), D("3316500.00"), D("251066.08"))],
        until=dt.date(2025, 8, 15),
    )
    lic = licences.old_style(
        prof.registration(dt.date(2015, 11, 3)),
        rng,
        registration_no=cast.registration_number(rng, "吉木萨尔县"),
    )
    f.picture("企业法人营业执照.jpg", lic, f.shoot(lic.pages[0], fleet.TIRED_SCANNER_150))
    f.expect(Code.LICENSE_EXPIRED, paper=lic, page=1, note="营业期限 2005年08月16日 至 2025年08月15日")

    relics = public_body(rng, "吉木萨尔县文物局", "吉木萨尔县", "北庭镇北庭路5号")
    p1 = Deal(
        "P1",
        "吉木萨尔县北庭故城遗址安防监控系统建设项目",
        relics,
        me,
        {
            "software_development": D("120000"),
            "integration_implementation": D("186000"),
            "hardware_purchase": D("1090000"),
        },
        dt.date(2025, 4, 1),
        dt.date(2025, 9, 19),
        "JMSR-WW-2025-03",
        "吉木萨尔县",
        field_name="文化、体育、娱乐",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="JMSRZC2025-0077")
    a1 = acceptance.stage_report(p1, rng, stage="终验", day=p1.accepted_on, conclusion="验收合格")
    f.pdf(
        "北庭故城安防/合同+终验报告.pdf",
        [Part(c1, fleet.OFFICE_COLOUR_200), Part(a1, fleet.OFFICE_COLOUR_200)],
    )

    farm = public_body(rng, "吉木萨尔县农业农村局", "吉木萨尔县", "北庭镇人民路31号")
    p2 = Deal(
        "P2",
        "吉木萨尔县数字乡村建设规划咨询项目",
        farm,
        me,
        {"consulting_design": D("186000")},
        dt.date(2024, 6, 10),
        dt.date(2024, 12, 27),
        "JMSRNY-ZX-2024-08",
        "吉木萨尔县",
        field_name="农林牧渔、水利",
    )
    c2 = contracts.technology(p2, rng, kind="consult", words_only=False, fee_breakdown=False)
    a2 = acceptance.opinion_letter(p2, rng, members=5)
    f.pdf("数字乡村规划咨询.pdf", [Part(c2, fleet.GREY_AS_RGB_150), Part(a2, fleet.GREY_AS_RGB_150)])
    f.expect(
        Code.ACCEPTANCE_OUT_OF_PERIOD,
        project="P2",
        paper=a2,
        page=1,
        note="验收意见 dated 2024-12-27, before 2025",
    )

    firm = make_company(rng, "新疆天正华信会计师事务所有限公司", "昌吉市", "宁边西路街道绿洲路88号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="新天正审字〔2026〕第0152号", signed=dt.date(2026, 1, 20)
    )
    f.pdf("审计报告.pdf", [Part(rep, fleet.GREY_AS_RGB_150)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "吉木萨尔县"), row(p2, location=PLACE + "吉木萨尔县")]
    write_json(f.folder, form)
    f.write_truth(clean=False)
    return name


def cj08_changji_words(root: Path, seed: int) -> str:
    """昌吉市: P1's 技术开发合同 prints ¥1,286,400.00 beside 壹佰贰拾陆万捌仟肆佰元整 (AMOUNT_WORDS_MISMATCH);
    P2's three invoices add up to 522,000 against a 486,000 contract (INVOICE_EXCEEDS_CONTRACT). Workbook in 元."""
    name = "cj08_changji_words"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆昌吉恒远网络工程有限公司", "昌吉市", "榆树沟镇304省道东侧恒远大厦5层")
    prof = Profile(
        me,
        "昌吉市",
        "丁",
        800,
        dt.date(2017, 2, 14),
        technical=16,
        certified=4,
        books=[Books(YEAR, D("9874533.12"), D("7016800.00"), D("540212.64"))],
    )
    lic = licences.modern(prof.registration(dt.date(2022, 8, 18)), rng, landscape=True)
    f.picture("营业执照.jpg", lic, f.shoot(lic.pages[0], fleet.OFFICE_COLOUR_300))

    water = public_body(rng, "昌吉市水利局", "昌吉市", "宁边路街道水利巷6号")
    p1 = Deal(
        "P1",
        "昌吉市水资源监测调度系统开发项目",
        water,
        me,
        {
            "software_development": D("886400"),
            "integration_implementation": D("150000"),
            "hardware_purchase": D("250000"),
        },
        dt.date(2025, 3, 5),
        dt.date(2025, 10, 21),
        "CJSL-KF-2025-02",
        "昌吉市",
        field_name="农林牧渔、水利",
        words_amount=D("1268400"),
    )
    c1 = contracts.technology(p1, rng, kind="develop", words_only=False, fee_breakdown=False)
    a1 = acceptance.stage_report(p1, rng, stage="终验", day=p1.accepted_on, conclusion="验收合格")
    f.pdf("P1水资源调度/合同.pdf", [Part(c1, fleet.OFFICE_COLOUR_300)])
    f.pdf("P1水资源调度/终验报告.pdf", [Part(a1, fleet.OFFICE_COLOUR_200)])
    f.expect(
        Code.AMOUNT_WORDS_MISMATCH,
        project="P1",
        paper=c1,
        page=c1.page_of("amount"),
        note="1286400.00元（大写：壹佰贰拾陆万捌仟肆佰元整）",
    )

    school = public_body(rng, "昌吉市第三中学", "昌吉市", "延安北路街道北京北路210号")
    p2 = Deal(
        "P2",
        "昌吉市第三中学校园网及智慧教室运维服务项目",
        school,
        me,
        {"operation_maintenance": D("486000")},
        dt.date(2025, 1, 8),
        dt.date(2025, 12, 20),
        "CJSZ-YW-2025-01",
        "昌吉市",
        field_name="教育",
    )
    c2 = contracts.maintenance(p2, rng)
    f.pdf("P2三中运维/运维合同.pdf", [Part(c2, fleet.FLATBED_GREY_200)])
    bills = []
    for amount, day in (
        (D("180000"), dt.date(2025, 4, 10)),
        (D("180000"), dt.date(2025, 8, 12)),
        (D("162000"), dt.date(2025, 12, 22)),
    ):
        bills.append(
            invoices.e_invoice(
                me,
                school,
                amount,
                day,
                rng,
                item="*信息技术服务*运行维护服务",
                rate=D("0.06"),
                project="P2",
                project_name=p2.name,
            )
        )
    f.pdf(
        "P2三中运维/发票.pdf", [Part(b, None) for b in bills], producer="国家税务总局全国统一电子发票服务平台"
    )
    f.expect(
        Code.INVOICE_EXCEEDS_CONTRACT,
        project="P2",
        note="invoices 180,000 + 180,000 + 162,000 = 522,000 > 486,000",
    )

    firm = make_company(rng, "昌吉恒信联合会计师事务所（普通合伙）", "昌吉市", "延安北路街道长宁路15号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="昌恒信审字〔2026〕第058号", signed=dt.date(2026, 2, 11)
    )
    f.pdf("审计报告.pdf", [Part(rep, fleet.FLATBED_GREY_200)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "昌吉市"), row(p2, location=PLACE + "昌吉市")]
    write_xlsx(f.folder, form, unit="元")
    f.write_truth(clean=False)
    return name
