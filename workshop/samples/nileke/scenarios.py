"""The ten filings of the family: a contract's life (amendments, framework orders, merged rows, change forms,
renewals). Four are clean; six carry one planted problem each (plus what a reviewer would also note)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from .acceptance import acceptance
from .build import COUNTY_ABBR, SUPERVISORS, YEAR, Build, add_days, between, field_of, scope_of
from .corp import invoice
from .filing import Output, Plant
from .model import CATALOGUE, Item, Paper, fees_of, total_of
from .numerals import capital, figures, yuan_str
from .papers import change_form, contract, framework, order, supplement
from .world import PREFECTURE, place_by_code, schools

NILEKE, YINING, QAPQAL, HUOCHENG = "654028", "654021", "654022", "654023"


def _changes(b: Build, kind: str, target: Decimal, avoid: set[str] | None = None) -> list[Item]:
    """One or two goods lines adding up to about ``target`` (a 补充协议's or change form's content)."""
    goods = [
        c
        for c in CATALOGUE[kind]
        if c[2] != "项" and c[1] == "hardware_purchase" and c[0] not in (avoid or set())
    ]
    name, fee, unit, lo, hi = b.rng.choice(goods)
    price = Decimal(b.rng.randint(lo, hi) * 100)
    qty = max(1, int((target / price).to_integral_value()))
    return [Item(name, fee, unit, qty, price)]


def bind(base: Paper, amendment: Paper) -> Paper:
    """Bind an amendment behind the contract's key pages: one document whose price is the amended total."""
    base.sheets.extend(amendment.sheets)
    base.fields["contract_amount"] = amendment.facts["new_total"]
    base.fields["amount_in_words"] = capital(Decimal(amendment.facts["new_total"]))
    base.role = "contract+" + amendment.role
    base.facts = {**base.facts, "amendment": amendment.facts, "amendment_page": len(base.sheets)}
    return base


def _merged_schools(b: Build, pid: str, lo: int, hi: int) -> tuple[list[Paper], Decimal]:
    """Three schools' contracts with the 教育局, signed and accepted the same days, declared as one row."""
    client = b.client("教育局")
    names = schools(b.place, b.rng, 3)
    signed = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 31))
    accepted = add_days(signed, 90, 150, b.rng, dt.date(YEAR, 12, 10))
    finished = accepted - dt.timedelta(days=b.rng.randint(5, 15))
    signing = b.signing(signed)
    papers = []
    fees: dict[str, Decimal] = {}
    for k, school in enumerate(names, start=1):
        items = b.items(client, lo, hi)
        project = f"{school}智慧教室建设项目"
        number = b.number(client, "教育局")
        paper = contract(
            b.rng,
            firm=b.firm,
            client=client,
            project=project,
            number=number,
            items=items,
            signing=signing,
            location=school,
        )
        paper.project_id = pid
        check = acceptance(
            b.rng,
            style="form",
            firm=b.firm,
            client=client,
            project=project,
            number=number,
            started=signed,
            finished=finished,
            accepted=accepted,
            members=b.members(client),
            scope=scope_of(items),
        )
        check.project_id = pid
        b.scan(f"{pid}-{k}_{school}.pdf", [paper, check])
        papers.append(paper)
        for key, value in fees_of(items).items():
            fees[key] = fees.get(key, Decimal(0)) + value
    total = sum(fees.values(), Decimal(0))
    county = b.place.county
    b.row(
        pid,
        f"{county}中小学智慧教室建设项目（3所学校合并申报）",
        client.name,
        signed,
        accepted,
        "教育",
        fees,
        county,
    )
    b.facts["merged"] = {
        "project": pid,
        "contracts": [p.fields["contract_amount"] for p in papers],
        "sum": yuan_str(total),
        "declared": b.rows[-1]["contract_amount"],
    }
    return papers, total


# ---------------------------------------------------------------- clean filings


def nk01_supplement_bound_clean(seed: int) -> Output:
    """P1: a 机房 contract signed late 2024 with a 补充协议 bound behind it (adds servers and UPS); the row declares
    the amended total; the invoices (30 % of the original, then up to 95 % of the amended total) add up to more than
    the original price but less than the amended one. P2: 录播教室 contract with a fee table + acceptance."""
    b = Build("nk01_supplement_bound_clean", seed, 1, NILEKE)
    client = b.client("人民医院")
    project = f"{client.name}数据中心机房改造项目"
    items = b.items(client, 900000, 1600000)
    base = total_of(items)
    signed = between(b.rng, dt.date(YEAR - 1, 10, 8), dt.date(YEAR - 1, 12, 20))
    number = b.number(client, "人民医院", YEAR - 1)
    paper = contract(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        items=items,
        signing=b.signing(signed),
        location=f"{client.name}门诊楼五楼机房",
    )
    paper.project_id = "P1"
    changes = _changes(b, "hospital", base * Decimal(str(round(b.rng.uniform(0.1, 0.2), 3))))
    sup_day = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 30))
    extra = supplement(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        base_number=number,
        base_signed=signed,
        base_amount=base,
        number=f"{number}-BC01",
        changes=changes,
        reduce=False,
        reason="医院新增数据容灾备份需求，需相应增加机房设备",
        signing=b.signing(sup_day),
    )
    bind(paper, extra)
    new_total = base + total_of(changes)
    accepted = add_days(sup_day, 70, 140, b.rng, dt.date(YEAR, 11, 20))
    check = acceptance(
        b.rng,
        style="report",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=signed,
        finished=accepted - dt.timedelta(days=9),
        accepted=accepted,
        members=b.members(client),
        scope=scope_of(items + changes),
        amount_text=f"人民币{figures(new_total)}元（含补充协议）",
    )
    check.project_id = "P1"
    b.scan("P1_机房改造合同及补充协议.pdf", [paper])
    b.scan("P1_验收报告.pdf", [check], b.device(colour=True))
    first = (base * Decimal("0.3")).quantize(Decimal("0.01"))
    second = (new_total * Decimal("0.95")).quantize(Decimal("0.01")) - first
    for k, (amount, day) in enumerate(
        ((first, add_days(signed, 8, 20, b.rng)), (second, add_days(accepted, 6, 20, b.rng))), start=1
    ):
        b.digital(
            f"发票/P1_发票{k}.pdf",
            [
                invoice(
                    b.rng,
                    firm=b.firm,
                    buyer=client.name,
                    buyer_code=client.code,
                    item="*信息系统集成服务*机房改造系统集成服务",
                    total=amount,
                    rate=Decimal("0.09"),
                    issued=day,
                    project=project,
                    project_id="P1",
                )
            ],
            "电子发票服务平台",
        )
    b.row("P1", project, client.name, signed, accepted, "医疗卫生", fees_of(items + changes), b.place.county)
    b.facts["invoices_P1"] = {
        "original": yuan_str(base),
        "amended": yuan_str(new_total),
        "invoiced": yuan_str(first + second),
    }
    b.plain_project("P2", place_by_code(YINING), "教育局", 300000, 700000, fee_table=True)
    return b.output(clean=True)


def nk02_framework_orders_clean(seed: int) -> Output:
    """P1: a 框架协议 (unit prices, a ceiling 不超过…) with two 采购订单 carrying the amounts and one acceptance, bound
    in one scan; the row declares the orders' sum. P2: born-digital 水利 contract with fee table + scanned acceptance.
    Declaration as the reviewers' workbook, money in 万元."""
    b = Build("nk02_framework_orders_clean", seed, 2, YINING)
    client = b.client("教育局")
    title = f"{client.name}{YEAR}年度教学信息化设备框架采购协议"
    catalogue = _framework_catalogue(b)
    ceiling = Decimal(b.rng.randint(18, 30) * 100000)
    fw_day = between(b.rng, dt.date(YEAR, 2, 20), dt.date(YEAR, 3, 20))
    fw_no = b.number(client, "教育局", tag="KJ")
    fw = framework(
        b.rng,
        firm=b.firm,
        client=client,
        title=title,
        number=fw_no,
        catalogue=catalogue,
        ceiling=ceiling,
        period=(fw_day, dt.date(YEAR, 12, 31)),
        signing=b.signing(fw_day),
    )
    fw.project_id = "P1"
    orders = []
    fees: dict[str, Decimal] = {}
    day = fw_day
    for k in (1, 2):
        day = add_days(day, 25, 70, b.rng)
        lines = _order_lines(b, catalogue, ceiling * Decimal(str(round(b.rng.uniform(0.2, 0.32), 3))))
        od = order(
            b.rng,
            firm=b.firm,
            client=client,
            title=f"{title}项下第{'一二'[k - 1]}批采购",
            number=f"{fw_no}-DD{k:02d}",
            framework_number=fw_no,
            items=lines,
            delivery=f"{client.name}指定学校",
            signing=b.signing(day),
        )
        od.project_id = "P1"
        orders.append(od)
        for key, value in fees_of(lines).items():
            fees[key] = fees.get(key, Decimal(0)) + value
    accepted = add_days(day, 45, 80, b.rng, dt.date(YEAR, 11, 30))
    check = acceptance(
        b.rng,
        style="form",
        firm=b.firm,
        client=client,
        project=title.replace("协议", "项目"),
        number=f"{fw_no}（第一、二批订单）",
        started=fw_day,
        finished=accepted - dt.timedelta(days=6),
        accepted=accepted,
        members=b.members(client),
        scope="按框架协议第一批、第二批采购订单完成交互式智能平板、教师用计算机等设备的供货、安装调试及培训，"
        "设备数量、型号与订单一致，运行正常。",
    )
    check.project_id = "P1"
    b.scan("P1_框架协议+订单+验收.pdf", [fw, *orders, check])
    b.row("P1", title.replace("协议", "项目"), client.name, fw_day, accepted, "教育", fees, b.place.county)
    b.facts["framework_P1"] = {
        "ceiling": yuan_str(ceiling),
        "orders": [o.fields["contract_amount"] for o in orders],
    }
    water = b.client("水利局")
    items = b.items(water, 500000, 1200000)
    project = f"{water.name}{b.rng.choice(('灌区信息化建设项目', '山洪灾害监测预警系统建设项目'))}"
    signed = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 31))
    accepted2 = add_days(signed, 100, 170, b.rng, dt.date(YEAR, 12, 5))
    number = b.number(water, "水利局")
    paper = contract(
        b.rng,
        firm=b.firm,
        client=water,
        project=project,
        number=number,
        items=items,
        signing=b.signing(signed),
        location=f"{PREFECTURE}{b.place.county}",
        fee_table=True,
    )
    paper.project_id = "P2"
    b.digital("P2_合同（电子签章版）.pdf", [paper], "WPS Office")
    check2 = acceptance(
        b.rng,
        style="report",
        firm=b.firm,
        client=water,
        project=project,
        number=number,
        started=signed,
        finished=accepted2 - dt.timedelta(days=12),
        accepted=accepted2,
        members=b.members(water),
        scope=scope_of(items),
    )
    check2.project_id = "P2"
    b.scan("P2_验收报告.pdf", [check2])
    b.row("P2", project, water.name, signed, accepted2, "农林牧渔、水利", fees_of(items), b.place.county)
    return b.output(clean=True, xlsx=True, licence_jpeg=False)


def _framework_catalogue(b: Build) -> list[Item]:
    picks = [c for c in CATALOGUE["edu"] if c[2] != "项"]
    out = [
        Item(name, fee, unit, 1, Decimal(b.rng.randint(lo, hi) * 100)) for name, fee, unit, lo, hi in picks
    ]
    out.append(
        Item("设备安装调试服务", "integration_implementation", "间", 1, Decimal(b.rng.randint(12, 30) * 100))
    )
    out.append(
        Item("教学资源平台年度账号授权", "software_purchase", "校", 1, Decimal(b.rng.randint(30, 80) * 100))
    )
    return out


def _order_lines(b: Build, catalogue: list[Item], target: Decimal) -> list[Item]:
    rooms = b.rng.randint(6, 14)
    lines = [
        Item(catalogue[0].name, catalogue[0].fee, catalogue[0].unit, rooms, catalogue[0].price),
        Item(catalogue[1].name, catalogue[1].fee, catalogue[1].unit, rooms, catalogue[1].price),
        Item("设备安装调试服务", "integration_implementation", "间", rooms, catalogue[-2].price),
    ]
    rest = target - total_of(lines)
    extra = catalogue[b.rng.choice((2, 3))]
    if rest > extra.price:
        lines.insert(2, Item(extra.name, extra.fee, extra.unit, max(1, int(rest / extra.price)), extra.price))
    lines.append(
        Item(
            catalogue[-1].name,
            catalogue[-1].fee,
            catalogue[-1].unit,
            b.rng.randint(1, 3),
            catalogue[-1].price,
        )
    )
    return lines


def nk03_merged_and_separate_supplement_clean(seed: int) -> Output:
    """丙 grade. P1: one row merged from three schools' 智慧教室 contracts (each with its 验收单, one scan per school)
    whose amounts add up to the row. P2: HIS contract, its 补充协议 in a separate file (adds an interface module;
    prints the adjusted total), acceptance and a 30 % invoice; the row declares the adjusted total."""
    b = Build("nk03_merged_and_separate_supplement_clean", seed, 3, QAPQAL, grade="丙")
    _merged_schools(b, "P1", 1500000, 2200000)
    client = b.client("人民医院")
    project = f"{client.name}HIS系统升级改造项目"
    items = b.items(client, 800000, 1500000)
    base = total_of(items)
    signed = between(b.rng, dt.date(YEAR, 2, 15), dt.date(YEAR, 4, 15))
    number = b.number(client, "人民医院")
    paper = contract(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        items=items,
        signing=b.signing(signed),
        location=client.name,
    )
    paper.project_id = "P2"
    changes = [
        Item(
            "医保结算及电子病历接口模块开发",
            "software_development",
            "项",
            1,
            (base * Decimal(str(round(b.rng.uniform(0.08, 0.16), 3))) / 100).quantize(Decimal(1)) * 100,
        )
    ]
    sup_day = add_days(signed, 60, 110, b.rng)
    extra = supplement(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        base_number=number,
        base_signed=signed,
        base_amount=base,
        number=b.number(client, "人民医院", tag="BC"),
        changes=changes,
        reduce=False,
        reason="医保结算政策调整，需增加接口开发内容",
        signing=b.signing(sup_day),
    )
    extra.project_id = "P2"
    accepted = add_days(sup_day, 60, 120, b.rng, dt.date(YEAR, 12, 10))
    check = acceptance(
        b.rng,
        style="report",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=signed,
        finished=accepted - dt.timedelta(days=10),
        accepted=accepted,
        members=b.members(client),
        scope=scope_of(items) + "补充协议约定的接口模块已开发完成并上线。",
    )
    check.project_id = "P2"
    b.scan("P2_HIS升级合同关键页.pdf", [paper])
    b.scan("P2_补充协议.pdf", [extra], b.device(colour=False))
    b.scan("P2_验收报告.pdf", [check])
    b.digital(
        "P2_预付款发票.pdf",
        [
            invoice(
                b.rng,
                firm=b.firm,
                buyer=client.name,
                buyer_code=client.code,
                item="*信息技术服务*软件开发服务",
                total=(base * Decimal("0.3")).quantize(Decimal("0.01")),
                rate=Decimal("0.06"),
                issued=add_days(signed, 6, 18, b.rng),
                project=project,
                project_id="P2",
            )
        ],
        "电子发票服务平台",
    )
    b.row("P2", project, client.name, signed, accepted, "医疗卫生", fees_of(items + changes), b.place.county)
    return b.output(clean=True, audit_digital=False)


def nk04_renewal_and_change_clean(seed: int) -> Output:
    """P1: 运维服务合同 for 2025 (declared) and, in its own file, the 2024 contract of the same title, client and
    price (the one it renews, not declared: DOCUMENT_UNMATCHED, info). P2: 视频监控 contract with a 合同变更确认单
    (signed by the 监理 too) bound behind it; 竣工验收报告 with the 监理; the row declares the changed total."""
    b = Build("nk04_renewal_and_change_clean", seed, 4, HUOCHENG)
    client = b.client("人民医院")
    project = f"{client.name}信息系统运维服务项目"
    fee = Decimal(b.rng.randint(18, 48) * 10000)
    items = [Item("医院信息系统运行维护服务", "operation_maintenance", "年", 1, fee)]
    papers = {}
    for year in (YEAR - 1, YEAR):
        day = between(b.rng, dt.date(year - 1, 12, 12), dt.date(year - 1, 12, 29))
        number = f"{COUNTY_ABBR[b.place.code]}RMYY-YW-{year}-01"
        papers[year] = contract(
            b.rng,
            firm=b.firm,
            client=client,
            project=project,
            number=number,
            items=items,
            signing=b.signing(day),
            location=client.name,
            service=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
            renewal_of=f"{year - 1}年度同名合同",
            style="服务合同",
        )
    papers[YEAR].project_id = "P1"
    accepted = between(b.rng, dt.date(YEAR, 12, 15), dt.date(YEAR, 12, 30))
    check = acceptance(
        b.rng,
        style="om",
        firm=b.firm,
        client=client,
        project=project,
        number=papers[YEAR].fields["contract_number"],
        started=dt.date(YEAR, 1, 1),
        finished=dt.date(YEAR, 12, 31),
        accepted=accepted,
        members=b.members(client),
        scope="服务期内完成月度巡检12次、故障处理、数据备份演练及重大活动保障，提交年度运维服务报告。",
        period=(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)),
    )
    check.project_id = "P1"
    b.scan(f"P1_运维服务合同{YEAR}及年度验收.pdf", [papers[YEAR], check])
    b.scan(f"P1_附_{YEAR - 1}年度运维服务合同.pdf", [papers[YEAR - 1]], b.device(colour=False))
    b.plants.append(
        Plant(
            "DOCUMENT_UNMATCHED",
            None,
            papers[YEAR - 1],
            1,
            f"the {YEAR - 1} contract of the same title that the declared {YEAR} contract renews; "
            "attached for reference, matches no declared row (info)",
        )
    )
    b.row(
        "P1",
        project,
        client.name,
        dt.date.fromisoformat(papers[YEAR].fields["signed_on"]),
        accepted,
        "医疗卫生",
        fees_of(items),
        b.place.county,
    )
    b.facts["renewal_P1"] = {
        "declared": papers[YEAR].fields["contract_number"],
        "previous": papers[YEAR - 1].fields["contract_number"],
    }
    police = b.client("公安局")
    project2 = f"{police.name}视频监控联网平台建设项目"
    items2 = b.items(police, 600000, 1300000)
    base = total_of(items2)
    signed = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 20))
    number2 = b.number(police, "公安局")
    paper = contract(
        b.rng,
        firm=b.firm,
        client=police,
        project=project2,
        number=number2,
        items=items2,
        signing=b.signing(signed),
        location=f"{PREFECTURE}{b.place.county}",
    )
    paper.project_id = "P2"
    supervisor = b.rng.choice(SUPERVISORS)
    changes = _changes(
        b, "police", base * Decimal(str(round(b.rng.uniform(0.08, 0.15), 3))), {"LED小间距显示屏"}
    )
    ch_day = add_days(signed, 40, 80, b.rng)
    change = change_form(
        b.rng,
        firm=b.firm,
        client=police,
        project=project2,
        base_number=number2,
        number=f"BG-{ch_day:%Y%m}-{b.rng.randint(1, 9):02d}",
        base_amount=base,
        changes=changes,
        reason="新增乡镇派出所及治安卡口点位接入",
        signing=b.signing(ch_day),
        supervisor=supervisor,
    )
    bind(paper, change)
    accepted2 = add_days(ch_day, 60, 120, b.rng, dt.date(YEAR, 12, 10))
    check2 = acceptance(
        b.rng,
        style="completion",
        firm=b.firm,
        client=police,
        project=project2,
        number=number2,
        started=signed,
        finished=accepted2 - dt.timedelta(days=15),
        accepted=accepted2,
        members=b.members(police),
        scope=scope_of(items2 + changes),
        supervisor=supervisor,
    )
    check2.project_id = "P2"
    b.scan("P2_合同及变更确认单.pdf", [paper])
    b.scan("P2_竣工验收报告.pdf", [check2])
    b.row("P2", project2, police.name, signed, accepted2, "党政", fees_of(items2 + changes), b.place.county)
    return b.output(clean=True)


# ---------------------------------------------------------------- planted filings


def nk05_merged_sum_off(seed: int) -> Output:
    """P1: a row merged from three schools' contracts; the row (named 3所学校合并申报) declares 12–25 % more than the
    three contracts add up to (the surplus on 硬件购置费). AMOUNT_MISMATCH on P1. P2 ordinary."""
    b = Build("nk05_merged_sum_off", seed, 5, NILEKE)
    bump_share = Decimal(str(round(b.rng.uniform(0.12, 0.25), 3)))
    papers, total = _merged_schools(b, "P1", 400000, 900000)
    bump = (total * bump_share / 100).quantize(Decimal(1)) * 100
    row = b.rows[-1]
    row["fees"]["hardware_purchase"] = yuan_str(Decimal(row["fees"]["hardware_purchase"]) + bump)
    row["contract_amount"] = yuan_str(Decimal(row["contract_amount"]) + bump)
    b.facts["merged"]["declared"] = row["contract_amount"]
    b.plants.append(
        Plant(
            "AMOUNT_MISMATCH",
            "P1",
            None,
            1,
            f"merged row: the three contracts add up to {yuan_str(total)}, the row declares "
            f"{row['contract_amount']}",
        )
    )
    del papers
    b.plain_project("P2", b.place, "水利局", 300000, 800000, invoices=True)
    return b.output(clean=False)


def nk06_supplement_of_other_project(seed: int) -> Output:
    """P1: 互联网医院 contract X + acceptance; the row declares X + Y, and the filing carries a 补充协议 adding exactly
    Y — but to the same hospital's 机房改造 contract (other title, other contract number, other base price).
    AMOUNT_MISMATCH on P1's contract; the 补充协议 matches no declared row (DOCUMENT_UNMATCHED, info)."""
    b = Build("nk06_supplement_of_other_project", seed, 6, YINING)
    client = b.client("人民医院")
    project = f"{client.name}互联网医院平台建设项目"
    items = b.items(client, 700000, 1400000)
    base = total_of(items)
    signed = between(b.rng, dt.date(YEAR, 2, 20), dt.date(YEAR, 5, 10))
    number = b.number(client, "人民医院")
    paper = contract(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        items=items,
        signing=b.signing(signed),
        location=client.name,
    )
    paper.project_id = "P1"
    accepted = add_days(signed, 110, 180, b.rng, dt.date(YEAR, 12, 10))
    check = acceptance(
        b.rng,
        style="report",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=signed,
        finished=accepted - dt.timedelta(days=10),
        accepted=accepted,
        members=b.members(client),
        scope=scope_of(items),
    )
    check.project_id = "P1"
    b.scan("P1_互联网医院合同及验收.pdf", [paper, check])
    other_project = f"{client.name}数据中心机房改造项目"
    other_items = b.items(client, 600000, 1200000)
    other_signed = between(b.rng, dt.date(YEAR - 1, 5, 1), dt.date(YEAR - 1, 9, 30))
    other_number = b.number(client, "人民医院", YEAR - 1)
    changes = _changes(b, "hospital", base * Decimal(str(round(b.rng.uniform(0.12, 0.22), 3))))
    sup_day = add_days(signed, 20, 60, b.rng)
    foreign = supplement(
        b.rng,
        firm=b.firm,
        client=client,
        project=other_project,
        base_number=other_number,
        base_signed=other_signed,
        base_amount=total_of(other_items),
        number=f"{other_number}-BC01",
        changes=changes,
        reduce=False,
        reason="机房扩容需要增加设备",
        signing=b.signing(sup_day),
    )
    b.scan("补充协议.pdf", [foreign], b.device(colour=False))
    declared = fees_of(items)
    for key, value in fees_of(changes).items():
        declared[key] = declared.get(key, Decimal(0)) + value
    b.row("P1", project, client.name, signed, accepted, "医疗卫生", declared, b.place.county)
    b.plants.append(
        Plant(
            "AMOUNT_MISMATCH",
            "P1",
            paper,
            1,
            f"contract {yuan_str(base)}, row {b.rows[-1]['contract_amount']}; the attached 补充协议 "
            f"adds {yuan_str(total_of(changes))} to contract {other_number} ({other_project})",
        )
    )
    b.plants.append(
        Plant(
            "DOCUMENT_UNMATCHED",
            None,
            foreign,
            1,
            "the 补充协议 amends another contract of the same hospital, not declared (info)",
        )
    )
    b.plain_project("P2", place_by_code(QAPQAL), "融媒体中心", 400000, 900000, fee_table=True)
    return b.output(clean=False)


def nk07_reduction_not_declared(seed: int) -> Output:
    """P1: 指挥中心大屏 contract X with a 补充协议 bound behind it that 核减 the LED wall (X − Y); the row still
    declares the original X. AMOUNT_MISMATCH on the 补充协议 page (the contract's final price)."""
    b = Build("nk07_reduction_not_declared", seed, 7, QAPQAL)
    client = b.client("公安局")
    project = f"{client.name}指挥中心大屏显示系统建设项目"
    price = Decimal(b.rng.randint(95, 140) * 100)
    area = b.rng.randint(30, 60)
    items = [Item("LED小间距显示屏", "hardware_purchase", "平方米", area, price)]
    items += [i for i in b.items(client, 500000, 900000) if i.name != "LED小间距显示屏"]
    base = total_of(items)
    signed = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 15))
    number = b.number(client, "公安局")
    paper = contract(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        items=items,
        signing=b.signing(signed),
        location=f"{client.name}指挥中心",
    )
    paper.project_id = "P1"
    cut = max(3, int(area * b.rng.uniform(0.12, 0.25)))
    changes = [Item("LED小间距显示屏", "hardware_purchase", "平方米", cut, price)]
    sup_day = add_days(signed, 30, 70, b.rng)
    extra = supplement(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        base_number=number,
        base_signed=signed,
        base_amount=base,
        number=f"{number}-BC01",
        changes=changes,
        reduce=True,
        reason="指挥中心墙面实测尺寸小于设计尺寸，大屏显示面积相应核减",
        signing=b.signing(sup_day),
    )
    bind(paper, extra)
    accepted = add_days(sup_day, 60, 120, b.rng, dt.date(YEAR, 12, 10))
    check = acceptance(
        b.rng,
        style="report",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=signed,
        finished=accepted - dt.timedelta(days=8),
        accepted=accepted,
        members=b.members(client),
        scope=scope_of(items),
    )
    check.project_id = "P1"
    b.scan("P1_大屏合同+补充协议+验收.pdf", [paper, check])
    b.row("P1", project, client.name, signed, accepted, "党政", fees_of(items), b.place.county)
    b.plants.append(
        Plant(
            "AMOUNT_MISMATCH",
            "P1",
            paper,
            4,
            f"补充协议 核减 {yuan_str(total_of(changes))}: the contract's final price is "
            f"{paper.fields['contract_amount']}; the row declares the original {yuan_str(base)}",
        )
    )
    b.plain_project("P2", place_by_code(HUOCHENG), "自然资源局", 400000, 900000, bundle=False)
    return b.output(clean=False, licence_jpeg=False)


def nk08_framework_ceiling_only(seed: int) -> Output:
    """P1: the only paper is a 框架协议 whose one figure is its ceiling (不超过…), which the row declares as the
    contract amount; no 采购订单, an acceptance of the year's deliveries. NEEDS_REVIEW (amount) on the framework
    page: the ceiling is not a price, and no paper states one."""
    b = Build("nk08_framework_ceiling_only", seed, 8, HUOCHENG)
    client = b.client("教育局")
    title = f"{client.name}{YEAR}年度教学设备框架采购协议"
    catalogue = _framework_catalogue(b)
    ceiling = Decimal(b.rng.randint(12, 30) * 100000)
    fw_day = between(b.rng, dt.date(YEAR, 2, 20), dt.date(YEAR, 4, 10))
    fw_no = b.number(client, "教育局", tag="KJ")
    fw = framework(
        b.rng,
        firm=b.firm,
        client=client,
        title=title,
        number=fw_no,
        catalogue=catalogue,
        ceiling=ceiling,
        period=(fw_day, dt.date(YEAR, 12, 31)),
        signing=b.signing(fw_day),
    )
    fw.project_id = "P1"
    accepted = between(b.rng, dt.date(YEAR, 10, 10), dt.date(YEAR, 11, 28))
    check = acceptance(
        b.rng,
        style="form",
        firm=b.firm,
        client=client,
        project=title.replace("协议", "项目"),
        number=fw_no,
        started=fw_day,
        finished=accepted - dt.timedelta(days=7),
        accepted=accepted,
        members=b.members(client),
        scope="按框架协议约定分批供货的交互式智能平板、教师用计算机等设备已到货并安装调试完毕，运行正常。",
    )
    check.project_id = "P1"
    b.scan("P1_框架协议及验收单.pdf", [fw, check])
    hw = (ceiling * Decimal("0.8") / 100).quantize(Decimal(1)) * 100
    sw = (ceiling * Decimal("0.07") / 100).quantize(Decimal(1)) * 100
    fees = {"hardware_purchase": hw, "software_purchase": sw, "integration_implementation": ceiling - hw - sw}
    b.row("P1", title.replace("协议", "项目"), client.name, fw_day, accepted, "教育", fees, b.place.county)
    b.plants.append(
        Plant(
            "NEEDS_REVIEW",
            "P1",
            fw,
            1,
            f"amount check: the row declares {yuan_str(ceiling)}, which is the framework agreement's "
            "ceiling (不超过…, 以实际订单结算为准); no 采购订单 or other paper states the price",
        )
    )
    b.plain_project("P2", b.place, "融媒体中心", 300000, 800000, fee_table=True)
    return b.output(clean=False)


def nk09_last_year_renewal(seed: int) -> Output:
    """P1: the row is this year's 运维服务 (signed December 2024, accepted December 2025), but the papers are the
    previous year's contract of the same title and price (signed December 2023, service 2024) and its 2024 annual
    acceptance. ACCEPTANCE_OUT_OF_PERIOD on the acceptance; DATE_MISMATCH for the dates."""
    b = Build("nk09_last_year_renewal", seed, 9, NILEKE)
    client = b.client("人民医院")
    project = f"{client.name}信息系统运维服务项目"
    fee = Decimal(b.rng.randint(16, 45) * 10000)
    items = [Item("医院信息系统运行维护服务", "operation_maintenance", "年", 1, fee)]
    old_day = between(b.rng, dt.date(YEAR - 2, 12, 12), dt.date(YEAR - 2, 12, 29))
    number = f"{COUNTY_ABBR[b.place.code]}RMYY-YW-{YEAR - 1}-01"
    paper = contract(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        items=items,
        signing=b.signing(old_day),
        location=client.name,
        service=(dt.date(YEAR - 1, 1, 1), dt.date(YEAR - 1, 12, 31)),
        renewal_of=f"{YEAR - 2}年度同名合同",
        style="服务合同",
    )
    paper.project_id = "P1"
    old_accepted = between(b.rng, dt.date(YEAR - 1, 12, 18), dt.date(YEAR - 1, 12, 30))
    check = acceptance(
        b.rng,
        style="om",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=dt.date(YEAR - 1, 1, 1),
        finished=dt.date(YEAR - 1, 12, 31),
        accepted=old_accepted,
        members=b.members(client),
        scope="服务期内完成月度巡检12次、故障处理、数据备份演练及重大活动保障，提交年度运维服务报告。",
        period=(dt.date(YEAR - 1, 1, 1), dt.date(YEAR - 1, 12, 31)),
    )
    check.project_id = "P1"
    b.scan("P1_运维服务合同及年度验收.pdf", [paper, check])
    declared_signed = between(b.rng, dt.date(YEAR - 1, 12, 12), dt.date(YEAR - 1, 12, 29))
    declared_accepted = between(b.rng, dt.date(YEAR, 12, 15), dt.date(YEAR, 12, 30))
    b.row(
        "P1",
        project,
        client.name,
        declared_signed,
        declared_accepted,
        "医疗卫生",
        fees_of(items),
        b.place.county,
    )
    b.plants.append(
        Plant(
            "ACCEPTANCE_OUT_OF_PERIOD",
            "P1",
            check,
            1,
            f"the attached annual acceptance is dated {old_accepted.isoformat()} (service year "
            f"{YEAR - 1}), outside the inspection year {YEAR}",
        )
    )
    b.plants.append(
        Plant(
            "DATE_MISMATCH",
            "P1",
            None,
            1,
            f"declared signed {declared_signed.isoformat()} / accepted {declared_accepted.isoformat()}; "
            f"the papers say {old_day.isoformat()} / {old_accepted.isoformat()}",
        )
    )
    b.plain_project("P2", place_by_code(YINING), "公安局", 400000, 1000000)
    return b.output(clean=False)


def nk10_visa_without_contract(seed: int) -> Output:
    """P2: the row declares the base contract plus a 工程签证单; the filing carries the 签证单 (which names the
    contract number and prints the base and the total) and the 竣工验收报告, but not the contract.
    PROJECT_EVIDENCE_MISSING on P2. P1 ordinary. Declaration as a workbook."""
    b = Build("nk10_visa_without_contract", seed, 10, YINING)
    b.plain_project("P1", place_by_code(NILEKE), "教育局", 400000, 900000, fee_table=True, bundle=False)
    client = b.client("水利局")
    project = f"{client.name}灌区信息化建设项目"
    items = b.items(client, 700000, 1500000)
    base = total_of(items)
    signed = between(b.rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 10))
    number = b.number(client, "水利局")
    supervisor = b.rng.choice(SUPERVISORS)
    changes = _changes(b, "water", base * Decimal(str(round(b.rng.uniform(0.06, 0.14), 3))))
    visa_day = add_days(signed, 50, 90, b.rng)
    visa = change_form(
        b.rng,
        firm=b.firm,
        client=client,
        project=project,
        base_number=number,
        number=f"QZ-{visa_day:%Y}-{b.rng.randint(1, 30):03d}",
        base_amount=base,
        changes=changes,
        reason="渠首闸站现场实际情况与设计不符，需增加监测点位",
        signing=b.signing(visa_day),
        supervisor=supervisor,
        visa=True,
    )
    visa.project_id = "P2"
    accepted = add_days(visa_day, 60, 110, b.rng, dt.date(YEAR, 12, 10))
    check = acceptance(
        b.rng,
        style="completion",
        firm=b.firm,
        client=client,
        project=project,
        number=number,
        started=signed,
        finished=accepted - dt.timedelta(days=12),
        accepted=accepted,
        members=b.members(client),
        scope=scope_of(items + changes),
        supervisor=supervisor,
    )
    check.project_id = "P2"
    b.scan("P2_灌区信息化_签证单及竣工验收.pdf", [visa, check])
    b.row(
        "P2",
        project,
        client.name,
        signed,
        accepted,
        field_of(client.name),
        fees_of(items + changes),
        b.place.county,
    )
    b.plants.append(
        Plant(
            "PROJECT_EVIDENCE_MISSING",
            "P2",
            None,
            1,
            f"no contract for P2: only the 工程签证单 (naming contract {number}) and the 竣工验收报告",
        )
    )
    return b.output(clean=False, xlsx=True)


SCENARIOS: list[Callable[[int], Output]] = [
    nk01_supplement_bound_clean,
    nk02_framework_orders_clean,
    nk03_merged_and_separate_supplement_clean,
    nk04_renewal_and_change_clean,
    nk05_merged_sum_off,
    nk06_supplement_of_other_project,
    nk07_reduction_not_declared,
    nk08_framework_ceiling_only,
    nk09_last_year_renewal,
    nk10_visa_without_contract,
]
