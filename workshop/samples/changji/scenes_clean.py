"""The clean filings: every paper agrees with the form (at the coarser precision), nothing planted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from . import acceptance, audit, contracts, devices, fleet, forms, invoices, licences, orders
from .audit import Books
from .deal import Deal
from .declaring import row, write_json
from .enterprise import YEAR, Profile, make_company, public_body
from .filing import Filing, Part

PLACE = "新疆维吾尔自治区昌吉回族自治州"
FIRM_A = "新疆天正华信会计师事务所有限公司"


def cj01_changji_procurement(root: Path, seed: int) -> str:
    """昌吉市: a 政府采购合同 with its ticked 验收单, an e-signed 运维 contract with a grey letter."""
    name = "cj01_changji_procurement"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆天池数联信息技术有限公司", "昌吉市", "北京南路街道延安北路198号天池大厦12层")
    prof = Profile(
        me,
        "昌吉市",
        "丙",
        1000,
        dt.date(2012, 6, 18),
        technical=26,
        certified=7,
        books=[Books(YEAR, D("18652310.45"), D("12406880.00"), D("1386552.17"))],
    )
    lic = licences.modern(prof.registration(dt.date(2021, 4, 9)), rng, landscape=True)
    f.picture("营业执照副本.jpg", lic, f.shoot(lic.pages[0], fleet.OFFICE_COLOUR_300))

    bureau = public_body(rng, "昌吉市民政局", "昌吉市", "延安南路街道建国西路56号")
    p1 = Deal(
        "P1",
        "昌吉市智慧社区综合管理平台建设项目",
        bureau,
        me,
        {
            "software_development": D("1286400"),
            "integration_implementation": D("420000"),
            "hardware_purchase": D("2380000"),
            "software_purchase": D("200000"),
        },
        dt.date(2025, 3, 18),
        dt.date(2025, 9, 26),
        "CJMZ-2025-HT-011",
        "昌吉市",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="CJZC2025-0317")
    a1 = acceptance.checklist(p1, rng)
    f.pdf(
        "项目合同/01智慧社区平台合同及验收单.pdf",
        [Part(c1, fleet.OFFICE_COLOUR_200), Part(a1, fleet.OFFICE_COLOUR_200)],
    )

    hospital = public_body(rng, "昌吉回族自治州人民医院", "昌吉市", "延安北路街道建设路303号")
    p2 = Deal(
        "P2",
        "昌吉州人民医院信息机房及网络运维服务项目",
        hospital,
        me,
        {"operation_maintenance": D("756000")},
        dt.date(2024, 12, 30),
        dt.date(2025, 12, 26),
        "CJRY-XX-2024-087",
        "昌吉市",
        field_name="医疗卫生",
    )
    c2 = contracts.maintenance(p2, rng)
    a2 = acceptance.opinion_letter(p2, rng, members=3)
    f.pdf(
        "项目合同/02人民医院机房运维.pdf",
        [Part(c2, None), Part(a2, fleet.FLATBED_GREY_200)],
        producer="e签宝电子合同",
    )

    firm = make_company(rng, FIRM_A, "昌吉市", "宁边西路街道绿洲路88号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="新天正审字〔2026〕第0126号", signed=dt.date(2026, 1, 16)
    )
    f.pdf("财务/2025年度审计报告.pdf", [Part(rep, fleet.GREY_AS_RGB_150)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "昌吉市"), row(p2, location=PLACE + "昌吉市")]
    write_json(f.folder, form)
    f.write_truth(clean=True)
    return name


def cj03_hutubi_technology(root: Path, seed: int) -> str:
    """呼图壁县: a 技术开发 contract priced only in capital numerals (with 角), its fee table, a testing
    centre's report and the client's letter; a 技术服务 contract as a TIFF backed by 免税 数电票."""
    name = "cj03_hutubi_technology"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆绿洲芯源软件有限公司", "呼图壁县", "呼图壁镇东风路12号")
    prof = Profile(
        me,
        "呼图壁县",
        "丁",
        500,
        dt.date(2018, 3, 12),
        technical=14,
        certified=4,
        books=[Books(YEAR, D("7325418.60"), D("5108240.00"), D("612330.95"))],
    )
    lic = licences.modern(prof.registration(dt.date(2023, 7, 14)), rng, landscape=False, copy="正本")
    photo = devices.scan_image(lic.pages[0], fleet.PHONE, rng)
    photo = devices.watermark(photo, "仅供年检使用", rng)
    f.picture("营业执照.jpg", lic, devices.encode(photo, fleet.PHONE, 72))

    farm = public_body(rng, "呼图壁县农业农村局", "呼图壁县", "呼图壁镇园林路28号")
    p1 = Deal(
        "P1",
        "呼图壁县高标准农田建设信息管理平台开发项目",
        farm,
        me,
        {
            "software_development": D("563245.50"),
            "consulting_design": D("120000"),
            "data_processing": D("180000"),
        },
        dt.date(2025, 2, 20),
        dt.date(2025, 8, 15),
        "HTBNY-JSKF-2025-03",
        "呼图壁县",
        field_name="农林牧渔、水利",
    )
    c1 = contracts.technology(p1, rng, kind="develop", words_only=True, fee_breakdown=True)
    f.pdf("1.农田平台/技术开发合同.pdf", [Part(c1, fleet.OFFICE_COLOUR_300)])
    centre = make_company(rng, "新疆天衡信息技术检测中心有限公司", "昌吉市", "高新区北京北路469号")
    t1 = acceptance.test_report(p1, rng, centre=centre, day=dt.date(2025, 8, 8), report_no="TH-RJ-2025-0412")
    a1 = acceptance.opinion_letter(p1, rng, conclusion="验收合格", third_party=centre.name, members=5)
    f.pdf(
        "1.农田平台/测试报告及验收意见.pdf",
        [Part(t1, fleet.LOSSLESS_GREY_250), Part(a1, fleet.LOSSLESS_GREY_250)],
    )

    hospital = public_body(rng, "呼图壁县人民医院", "呼图壁县", "呼图壁镇迎宾路77号")
    p2 = Deal(
        "P2",
        "呼图壁县人民医院HIS系统数据治理技术服务项目",
        hospital,
        me,
        {"data_processing": D("245000")},
        dt.date(2025, 5, 9),
        dt.date(2025, 11, 20),
        "HTBYY-JF-2025-017",
        "呼图壁县",
        field_name="医疗卫生",
    )
    c2 = contracts.technology(p2, rng, kind="service", words_only=False, fee_breakdown=False)
    f.tiff("2.数据治理/合同扫描.tif", [Part(c2, devices.variant(fleet.FLATBED_GREY_200, quality=None))])
    for k, (amount, day) in enumerate(
        ((D("122500"), dt.date(2025, 7, 2)), (D("122500"), dt.date(2025, 11, 24))), start=1
    ):
        inv = invoices.e_invoice(
            me,
            hospital,
            amount,
            day,
            rng,
            item="*信息技术服务*数据治理技术服务",
            rate=None,
            special=False,
            project="P2",
            project_name=p2.name,
        )
        f.pdf(f"2.数据治理/发票{k}.pdf", [Part(inv, None)], producer="国家税务总局全国统一电子发票服务平台")

    firm = make_company(rng, "昌吉恒信联合会计师事务所（普通合伙）", "昌吉市", "延安北路街道长宁路15号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="昌恒信审字〔2026〕第032号", signed=dt.date(2026, 2, 3)
    )
    f.pdf("审计报告.pdf", [Part(rep, None)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "呼图壁县"), row(p2, location=PLACE + "呼图壁县")]
    write_json(f.folder, form)
    f.write_truth(clean=True)
    return name


def cj06_mulei_framework(root: Path, seed: int) -> str:
    """木垒县: a framework agreement with its one 订单 as a multi-page TIFF, a faxed 验收单, a 运维 contract
    priced in 万元 photographed by phone, and the stamped 申报表."""
    name = "cj06_mulei_framework"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆木垒云岭通信技术有限公司", "木垒哈萨克自治县", "木垒镇人民北路9号")
    prof = Profile(
        me,
        "木垒哈萨克自治县",
        "丁",
        300,
        dt.date(2016, 10, 25),
        technical=9,
        certified=2,
        books=[Books(YEAR, D("6842266.40"), D("4120930.00"), D("388410.72"), unit="万元")],
    )
    lic = licences.modern(prof.registration(dt.date(2022, 3, 1)), rng, landscape=True)
    f.picture("营业执照.png", lic, f.shoot(lic.pages[0], fleet.LOSSLESS_GREY_250))

    tourism = public_body(
        rng, "木垒哈萨克自治县文化体育广播电视和旅游局", "木垒哈萨克自治县", "木垒镇文化路3号"
    )
    p1 = Deal(
        "P1",
        "木垒县智慧旅游服务平台建设项目",
        tourism,
        me,
        {
            "software_development": D("268000"),
            "integration_implementation": D("96000"),
            "hardware_purchase": D("315000"),
        },
        dt.date(2025, 4, 22),
        dt.date(2025, 7, 30),
        "MLWL-DD-2025-001",
        "木垒哈萨克自治县",
        field_name="文化、体育、娱乐",
    )
    frame_no = "MLWL-KJ-2025-01"
    fw = orders.framework(p1, rng, title="木垒县2025—2027年度信息化建设及运维服务框架协议", number=frame_no)
    od = orders.order(p1, rng, framework_no=frame_no)
    grey_tiff = devices.variant(fleet.FLATBED_GREY_200, quality=None)
    f.tiff("木垒文旅/框架协议及订单.tif", [Part(fw, grey_tiff), Part(od, grey_tiff)])
    a1 = acceptance.checklist(p1, rng)
    f.tiff("木垒文旅/验收单传真.tif", [Part(a1, fleet.FAX_200)])

    hospital = public_body(rng, "木垒哈萨克自治县人民医院", "木垒哈萨克自治县", "木垒镇团结路21号")
    p2 = Deal(
        "P2",
        "木垒县人民医院网络安全等级保护运维服务项目",
        hospital,
        me,
        {"operation_maintenance": D("286000")},
        dt.date(2025, 1, 10),
        dt.date(2025, 12, 18),
        "MLYY-YW-2025-02",
        "木垒哈萨克自治县",
        field_name="医疗卫生",
    )
    c2 = contracts.maintenance(p2, rng, wan_only=True)
    a2 = acceptance.opinion_letter(p2, rng, members=3, upper=False)
    f.pdf("医院运维合同及验收（手机拍照）.pdf", [Part(c2, fleet.PHONE), Part(a2, fleet.PHONE)])

    firm = make_company(rng, FIRM_A, "昌吉市", "宁边西路街道绿洲路88号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="新天正审字〔2026〕第0208号", signed=dt.date(2026, 2, 9)
    )
    f.pdf("2025审计报告.pdf", [Part(rep, fleet.OFFICE_COLOUR_200)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "木垒哈萨克自治县"), row(p2, location=PLACE + "木垒哈萨克自治县")]
    write_json(f.folder, form)
    facts = forms.FormFacts(
        me,
        prof.grade,
        prof.technical,
        prof.certified,
        form.finance,
        [(p1.name, p1.client.name, p1.amount), (p2.name, p2.client.name, p2.amount)],
        YEAR,
    )
    sheet = forms.declaration_form(facts, rng, printed=dt.date(2026, 2, 20))
    f.pdf("申报表盖章版.pdf", [Part(sheet, fleet.OFFICE_COLOUR_200)])
    f.write_truth(clean=True)
    return name


def cj09_fukang_large(root: Path, seed: int) -> str:
    """阜康市, grade 乙: a 1.2亿 procurement (亿 in capital numerals) with 初验 and 终验 reports signed by the
    监理单位, and a 技术咨询 contract accepted after rework (整改后复验合格)."""
    name = "cj09_fukang_large"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆准东智联信息技术股份有限公司", "阜康市", "准东经济技术开发区五彩湾路8号")
    prof = Profile(
        me,
        "阜康市",
        "乙",
        5000,
        dt.date(2010, 5, 28),
        technical=48,
        certified=11,
        books=[Books(YEAR, D("168420537.20"), D("139866102.00"), D("9120448.36"), unit="万元")],
        kind="股份有限公司（非上市、自然人投资或控股）",
    )
    lic = licences.modern(prof.registration(dt.date(2024, 9, 2)), rng, landscape=False, copy="副本")
    f.picture("执照/营业执照副本.jpeg", lic, f.shoot(lic.pages[0], fleet.PHONE))

    housing = public_body(rng, "阜康市住房和城乡建设局", "阜康市", "博峰街街道博峰路89号")
    p1 = Deal(
        "P1",
        "阜康市城市运行管理服务平台（城市大脑）建设项目",
        housing,
        me,
        {
            "software_development": D("36800000"),
            "consulting_design": D("2150000"),
            "integration_implementation": D("8453000"),
            "data_processing": D("3100000"),
            "hardware_purchase": D("62000000"),
            "software_purchase": D("8000000"),
        },
        dt.date(2025, 1, 15),
        dt.date(2025, 11, 18),
        "FKZJ-2025-ZC-002",
        "阜康市",
        field_name="公用事业",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="FKZC-2024-GK-118")
    supervisor = "新疆瑞诚工程建设监理有限公司"
    r0 = acceptance.stage_report(
        p1, rng, stage="初步验收", day=dt.date(2025, 8, 26), conclusion="验收合格", supervisor=supervisor
    )
    r1 = acceptance.stage_report(
        p1, rng, stage="竣工验收（终验）", day=p1.accepted_on, conclusion="验收合格", supervisor=supervisor
    )
    f.pdf("城市大脑/合同关键页.pdf", [Part(c1, fleet.OFFICE_COLOUR_300)])
    f.pdf("城市大脑/初验及终验报告.pdf", [Part(r0, fleet.GREY_AS_RGB_150), Part(r1, fleet.GREY_AS_RGB_150)])

    office = public_body(rng, "阜康市人民政府办公室", "阜康市", "博峰街街道天池街1号")
    p2 = Deal(
        "P2",
        "阜康市“十五五”数字政府建设规划咨询项目",
        office,
        me,
        {"consulting_design": D("680000")},
        dt.date(2025, 3, 3),
        dt.date(2025, 9, 12),
        "FKZF-ZX-2025-06",
        "阜康市",
    )
    c2 = contracts.technology(p2, rng, kind="consult", words_only=False, fee_breakdown=False)
    a2 = acceptance.opinion_letter(p2, rng, conclusion="整改后复验合格", members=7)
    f.pdf(
        "规划咨询/咨询合同+验收意见.pdf",
        [Part(c2, fleet.OFFICE_COLOUR_200), Part(a2, fleet.OFFICE_COLOUR_200)],
    )

    firm = make_company(rng, "新疆天山正信会计师事务所有限公司", "昌吉市", "中山路街道健康路102号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="天山正信审字〔2026〕第1153号", signed=dt.date(2026, 1, 28)
    )
    f.pdf("财务/审计报告（2025年度）.pdf", [Part(rep, fleet.FLATBED_GREY_200)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "阜康市"), row(p2, location=PLACE + "阜康市")]
    write_json(f.folder, form)
    f.write_truth(clean=True)
    return name
