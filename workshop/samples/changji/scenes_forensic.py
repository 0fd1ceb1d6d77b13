"""Filings a spot auditor looks at: a page uploaded twice, an unsealed letter, an amount pasted in from
another scan, a licence in a former name, audited figures and a stamped form that disagree with the form."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

from jianzheng.models.finding import Code

from . import acceptance, audit, contracts, devices, fleet, forms, licences
from .audit import Books
from .deal import Deal
from .declaring import row, write_json
from .enterprise import Profile, make_company, public_body
from .filing import Filing, Paper, Part

PLACE = "新疆维吾尔自治区昌吉回族自治州"


def cj10_changji_duplicate(root: Path, seed: int) -> str:
    """昌吉市: P1's 验收单 is both in its own file and again, re-scanned, in the all-projects file
    (DUPLICATE_DOCUMENT); P2's 验收意见 is signed but carries no seal (SEAL_MISSING)."""
    name = "cj10_changji_duplicate"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆庭州数智科技有限公司", "昌吉市", "大西渠镇昌吉高新区科技大道16号")
    prof = Profile(
        me,
        "昌吉市",
        "丁",
        500,
        dt.date(2019, 8, 8),
        technical=10,
        certified=3,
        books=[Books(2025, D("4286315.02"), D("3154000.00"), D("206118.49"))],
    )
    lic = licences.modern(prof.registration(dt.date(2019, 8, 8)), rng, landscape=True)
    f.picture("营业执照.jpg", lic, f.shoot(lic.pages[0], fleet.FLATBED_COLOUR_400))

    town = public_body(rng, "昌吉市榆树沟镇人民政府", "昌吉市", "榆树沟镇榆树沟村1号")
    p1 = Deal(
        "P1",
        "昌吉市榆树沟镇平安乡村视频监控建设项目",
        town,
        me,
        {
            "integration_implementation": D("132000"),
            "hardware_purchase": D("598000"),
            "software_purchase": D("36000"),
        },
        dt.date(2025, 4, 17),
        dt.date(2025, 8, 6),
        "YSG-2025-CG-015",
        "昌吉市",
    )
    c1 = contracts.procurement(p1, rng, purchase_no="CJZC2025-0402")
    a1 = acceptance.checklist(p1, rng)
    f.pdf("合同/平安乡村合同.pdf", [Part(c1, fleet.OFFICE_COLOUR_300)])
    f.pdf("合同/平安乡村验收单.pdf", [Part(a1, fleet.OFFICE_COLOUR_300)])

    park = public_body(rng, "昌吉国家农业科技园区管理委员会", "昌吉市", "二六工镇园区路1号")
    p2 = Deal(
        "P2",
        "昌吉国家农业科技园区农业物联网数据平台技术服务项目",
        park,
        me,
        {"software_development": D("210000"), "data_processing": D("95000")},
        dt.date(2025, 5, 30),
        dt.date(2025, 11, 14),
        "CJNK-JF-2025-05",
        "昌吉市",
        field_name="农林牧渔、水利",
    )
    c2 = contracts.technology(p2, rng, kind="service", words_only=False, fee_breakdown=True)
    a2 = acceptance.opinion_letter(p2, rng, members=3, sealed=False)
    f.pdf(
        "全部项目扫描.pdf",
        [
            Part(a1, devices.variant(fleet.OFFICE_COLOUR_200, skew=0.8)),
            Part(c2, fleet.OFFICE_COLOUR_200),
            Part(a2, fleet.OFFICE_COLOUR_200),
        ],
    )
    f.expect(
        Code.DUPLICATE_DOCUMENT,
        project="P1",
        paper=a1,
        page=1,
        occurrence=1,
        note="the 验收单 of 合同/平安乡村验收单.pdf page 1, scanned again",
    )
    f.expect(
        Code.SEAL_MISSING,
        project="P2",
        paper=a2,
        page=1,
        note="验收意见 signed by the client's name only, no seal",
    )

    firm = make_company(rng, "新疆天正华信会计师事务所有限公司", "昌吉市", "宁边西路街道绿洲路88号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="新天正审字〔2026〕第0311号", signed=dt.date(2026, 2, 12)
    )
    f.pdf("审计报告.pdf", [Part(rep, fleet.GREY_AS_RGB_150)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "昌吉市"), row(p2, location=PLACE + "昌吉市")]
    write_json(f.folder, form)
    f.write_truth(clean=False)
    return name


def cj11_hutubi_pasted(root: Path, seed: int) -> str:
    """呼图壁县: the amount lines of P1's contract were cut from another scan and pasted over the original
    (IMAGE_TAMPERED); the licence still shows the company's former name (LICENSE_NAME_MISMATCH)."""
    name = "cj11_hutubi_pasted"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆呼图壁天润信息技术有限公司", "呼图壁县", "呼图壁镇天山路105号")
    prof = Profile(
        me,
        "呼图壁县",
        "丁",
        300,
        dt.date(2011, 11, 11),
        technical=8,
        certified=2,
        books=[Books(2025, D("5906112.00"), D("4388000.00"), D("301744.56"))],
    )
    former = replace(me, name="呼图壁县天润电子科技有限公司")
    lic = licences.modern(prof.registration(dt.date(2016, 5, 20), company=former), rng, landscape=True)
    f.picture("营业执照.jpg", lic, f.shoot(lic.pages[0], fleet.OFFICE_COLOUR_300))
    f.expect(Code.LICENSE_NAME_MISMATCH, paper=lic, page=1, note=f"名称 {former.name}; declared {me.name}")

    edu = public_body(rng, "呼图壁县教育局", "呼图壁县", "呼图壁镇学府路9号")
    fees_true = {
        "software_development": D("360000"),
        "integration_implementation": D("300000"),
        "hardware_purchase": D("1200000"),
    }
    p1 = Deal(
        "P1",
        "呼图壁县中小学教育城域网升级改造项目",
        edu,
        me,
        dict(fees_true, hardware_purchase=D("2200000")),
        dt.date(2025, 3, 10),
        dt.date(2025, 8, 22),
        "HTBJY-2025-CG-006",
        "呼图壁县",
        field_name="教育",
    )
    layout_seed = rng.randrange(1 << 30)
    forged = contracts.procurement(
        p1, random.Random(layout_seed), purchase_no="HTBZC2025-0219", itemised=False
    )
    true = contracts.procurement(
        replace(p1, fees=fees_true), random.Random(layout_seed), purchase_no="HTBZC2025-0219", itemised=False
    )
    shots = _pasted_contract(f, forged, true)
    f.pdf("教育城域网/合同扫描.pdf", [Part(forged, fleet.OFFICE_COLOUR_200, shots=shots)])
    f.expect(
        Code.IMAGE_TAMPERED,
        project="P1",
        paper=forged,
        page=forged.page_of("amount"),
        note="the 合同金额 lines come from another scan (cleaner paper, other noise and compression)",
    )
    a1 = acceptance.checklist(p1, rng)
    f.pdf("教育城域网/验收单.pdf", [Part(a1, fleet.OFFICE_COLOUR_200)])

    station = public_body(rng, "呼图壁县气象局", "呼图壁县", "呼图壁镇气象路2号")
    p2 = Deal(
        "P2",
        "呼图壁县气象局业务网络运维服务项目",
        station,
        me,
        {"operation_maintenance": D("198000")},
        dt.date(2025, 1, 3),
        dt.date(2025, 12, 29),
        "HTBQX-YW-2025",
        "呼图壁县",
    )
    c2 = contracts.maintenance(p2, rng)
    a2 = acceptance.opinion_letter(p2, rng, members=3)
    f.pdf("气象局运维.pdf", [Part(c2, fleet.FLATBED_GREY_200), Part(a2, fleet.FLATBED_GREY_200)])

    firm = make_company(rng, "昌吉恒信联合会计师事务所（普通合伙）", "昌吉市", "延安北路街道长宁路15号")
    rep = audit.audit_report(
        me, prof.books[0], firm, rng, report_no="昌恒信审字〔2026〕第101号", signed=dt.date(2026, 2, 2)
    )
    f.pdf("审计报告.pdf", [Part(rep, fleet.GREY_AS_RGB_150)])

    form = prof.form(rng)
    form.rows = [row(p1, location=PLACE + "呼图壁县"), row(p2, location=PLACE + "呼图壁县")]
    write_json(f.folder, form)
    f.write_truth(clean=False)
    return name


def _pasted_contract(f: Filing, forged: Paper, true: Paper) -> list[devices.Shot]:
    """Every page of the true contract through one copier, except that on the amount page the amount
    lines are replaced by the same lines from a cleaner scan of the forged print."""
    device = devices.variant(fleet.OFFICE_COLOUR_200, skew=0.0)
    donor_device = devices.variant(device, tint=(255, 255, 255), noise=0.6, blur=0.25, quality=95)
    number, top = forged.marks["amount"]
    _, bottom = forged.marks["amount_end"]
    shots = []
    for index, page in enumerate(true.pages, start=1):
        if index != number:
            shots.append(f.shoot(forged.pages[index - 1], device))
            continue
        base = devices.scan_image(page, device, f.rng)
        donor = devices.scan_image(forged.pages[index - 1], donor_device, f.rng)
        scale = device.dpi / 72
        box = (
            int(60 * scale),
            int((top - 2) * scale),
            int((page.width - 60) * scale),
            int((bottom + 3) * scale),
        )
        shots.append(devices.encode(devices.paste_region(base, donor, box), device, device.dpi))
    return shots


def cj12_qitai_audit_form(root: Path, seed: int) -> str:
    """奇台县, certified in 2025 and so filing three years: the FY2025 audit report (千元) shows 营业收入
    31,486 where the form says 34,186,200.00 (AUDIT_FIGURE_MISMATCH); the stamped 申报表 prints 23
    technical staff where the form says 25 (DECLARATION_FORM_MISMATCH)."""
    name = "cj12_qitai_audit_form"
    f = Filing(root, name, seed)
    rng = f.rng
    me = make_company(rng, "新疆奇台丝路云科技有限公司", "奇台县", "古城乡丝路东街120号")
    books = [
        Books(2023, D("8216400.50"), D("5930218.00"), D("412006.33")),
        Books(2024, D("12905330.18"), D("9488120.00"), D("866290.07")),
        Books(2025, D("31486200.00"), D("24300380.00"), D("2118640.77"), unit="千元"),
    ]
    prof = Profile(me, "奇台县", "丙", 2000, dt.date(2022, 3, 18), technical=25, certified=6, books=books)
    lic = licences.modern(prof.registration(dt.date(2022, 3, 18)), rng, landscape=False, copy="副本")
    f.picture("资质材料/营业执照副本.jpg", lic, f.shoot(lic.pages[0], fleet.FLATBED_COLOUR_400))

    housing = public_body(rng, "奇台县住房和城乡建设局", "奇台县", "古城乡建设路27号")
    p1 = Deal(
        "P1",
        "奇台县智慧供热监管平台开发项目",
        housing,
        me,
        {
            "software_development": D("1180000"),
            "integration_implementation": D("200000"),
            "hardware_purchase": D("300000"),
        },
        dt.date(2025, 4, 2),
        dt.date(2025, 10, 15),
        "QTZJ-KF-2025-04",
        "奇台县",
        field_name="公用事业",
    )
    c1 = contracts.technology(p1, rng, kind="develop", words_only=False, fee_breakdown=True)
    a1 = acceptance.stage_report(p1, rng, stage="终验", day=p1.accepted_on, conclusion="验收合格")
    f.pdf("项目/01智慧供热.pdf", [Part(c1, fleet.OFFICE_COLOUR_200), Part(a1, fleet.OFFICE_COLOUR_200)])

    scenic = public_body(rng, "奇台县江布拉克景区管理委员会", "奇台县", "半截沟镇江布拉克景区1号")
    p2 = Deal(
        "P2",
        "奇台县江布拉克景区智慧票务及客流监测系统项目",
        scenic,
        me,
        {
            "software_development": D("760000"),
            "integration_implementation": D("420000"),
            "hardware_purchase": D("2800000"),
        },
        dt.date(2025, 3, 19),
        dt.date(2025, 7, 25),
        "JBLK-2025-ZC-03",
        "奇台县",
        field_name="文化、体育、娱乐",
    )
    c2 = contracts.procurement(p2, rng, purchase_no="QTZC2025-0226")
    a2 = acceptance.checklist(p2, rng)
    f.pdf("项目/02江布拉克票务.pdf", [Part(c2, fleet.FLATBED_GREY_200), Part(a2, fleet.FLATBED_GREY_200)])

    firm = make_company(rng, "新疆天山正信会计师事务所有限公司", "昌吉市", "中山路街道健康路102号")
    reports = {}
    for k, b in enumerate(books):
        rep = audit.audit_report(
            me,
            b,
            firm,
            rng,
            report_no=f"天山正信审字〔{b.year + 1}〕第0{412 + k * 37}号",
            signed=dt.date(b.year + 1, 2, 10 + k),
        )
        reports[b.year] = rep
        f.pdf(
            f"财务/{b.year}年度审计报告.pdf",
            [Part(rep, fleet.GREY_AS_RGB_150 if b.year < 2025 else fleet.OFFICE_COLOUR_200)],
        )
    last = reports[2025]
    f.expect(
        Code.AUDIT_FIGURE_MISMATCH,
        paper=last,
        page=last.page_of("income"),
        note="利润表 营业收入 31,486 千元; declared 34,186,200.00",
    )

    form = prof.form(rng)
    form.finance = [(b.year, b.revenue, b.integration, b.net_profit) for b in books]
    form.finance[2] = (2025, D("34186200.00"), books[2].integration, books[2].net_profit)
    form.rows = [row(p1, location=PLACE + "奇台县"), row(p2, location=PLACE + "奇台县")]
    write_json(f.folder, form)
    facts = forms.FormFacts(
        me,
        prof.grade,
        23,
        prof.certified,
        form.finance,
        [(p1.name, p1.client.name, p1.amount), (p2.name, p2.client.name, p2.amount)],
        2025,
    )
    sheet = forms.declaration_form(facts, rng, printed=dt.date(2026, 2, 24))
    f.pdf("申报表（盖章）.pdf", [Part(sheet, fleet.OFFICE_COLOUR_300)])
    f.expect(
        Code.DECLARATION_FORM_MISMATCH,
        paper=sheet,
        page=1,
        note="技术人员总数 23 on the stamped form; declared 25",
    )
    f.write_truth(clean=False)
    return name
