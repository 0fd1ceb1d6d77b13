"""Multi-party projects: 三方协议, 联合体, 分包, 政府采购 with an agency, 框架协议 + 任务单, a branch as client.

Each builder returns a ``Built``: the declared row, the files carrying its papers, and at most one plant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import papers as P
from .numerals import capital, figures
from .people import BANKS, COUNTIES, TOWNS, Org, org
from .world import CENT, YEAR, FileSpec, Plant, World, money, row, split


@dataclass
class Built:
    row: dict[str, Any]
    files: list[FileSpec]
    plants: list[Plant] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


def _project_file(
    w: World, pid: str, project: str, papers: list[P.Paper], digital_ok: bool = True
) -> FileSpec:
    rng = w.rng
    what = "合同及验收" if any(p.kind == "acceptance_report" for p in papers) else "合同"
    name = rng.choice(
        [
            f"{pid}-{project[:14]}{what}.pdf",
            f"项目{pid[1:]}/{what}关键页扫描件.pdf",
            f"{project[:10]}.pdf",
            f"{pid}_{what}.pdf",
        ]
    )
    if digital_ok and rng.random() < 0.3:
        return FileSpec(name, papers, "digital")
    return FileSpec(name, papers, "scan", w.scan(grey=rng.random() < 0.3))


def _invoice_file(w: World, pid: str, paper: P.Paper) -> FileSpec:
    return FileSpec(
        w.rng.choice([f"发票/{pid}-电子发票.pdf", f"{pid}发票.pdf", f"项目{pid[1:]}/数电票.pdf"]),
        [paper],
        "digital",
    )


def _acceptance(
    w: World,
    pid: str,
    project: str,
    number: str,
    signers: list[tuple[str, Org, bool]],
    accepted: dt.date,
    party_a: str,
    party_b: str,
    third: str | None,
    extra_rows: list[tuple[str, str]],
) -> P.Paper:
    rng = w.rng
    spec = P.AcceptanceSpec(
        title=rng.choice(["项目竣工验收报告", "项目验收报告", "竣工验收证书"]),
        number=f"YS-{accepted:%Y%m}-{rng.randint(1, 99):02d}",
        project_name=project,
        contract_number=number,
        rows=extra_rows,
        signers=signers,
        accepted_on=accepted,
        party_a=party_a,
        party_b=party_b,
        third_party=third,
        project_id=pid,
        opinion=rng.choice(
            [
                "经验收小组现场查验、功能测试及资料审核，项目已按合同约定完成全部建设内容，设备数量、型号与合同清单一致，"
                "系统运行稳定，技术文档齐全。",
                "项目建设内容与合同一致，系统经试运行无重大故障，各项功能及性能指标满足合同及技术规范要求，竣工资料完整。",
            ]
        ),
        hanzi=rng.random() < 0.3,
    )
    return P.acceptance(rng, spec)


# 三方协议 -----------------------------------------------------------------------------------------
def three_party(
    w: World,
    pid: str,
    third: str,
    plant: str | None = None,
    evidence: str = "acceptance",
    itemise: bool = False,
) -> Built:
    """甲方 建设单位, 乙方 the firm, 丙方 监理单位 / 资金监管银行 / 最终使用单位 — or, planted, the firm only as 丙方."""
    rng = w.rng
    client, fld, works = w.client()
    project = f"{client.name}{works}项目"
    amount = money(rng, 800_000, 3_200_000)
    signed, accepted = w.dates()
    number = w.number(rng.choice(["SF", "JSHT", "XXH"]))
    if third == "jianli":
        t = w.other("jianli")
        t_party = P.Party("丙方（监理单位）", "丙方", t)
        t_duty = (
            "丙方受甲方委托对本项目实施全过程监理，审核乙方提交的进度、质量及验收申请，签认付款申请；"
            "监理服务费由甲方与丙方另行约定，不在本合同价款内。"
        )
    elif third == "bank":
        bank = rng.choice(BANKS) + client.county + "支行"
        t = org(rng, bank, client.county)
        t_party = P.Party("丙方（资金监管银行）", "丙方", t, seal_label="业务专用章")
        t_duty = (
            "丙方为本项目资金监管银行。甲方将项目资金存入其在丙方开立的监管账户，丙方凭甲方出具并经甲方盖章的"
            "付款通知书向乙方账户划付合同价款，丙方不承担本合同项下的履约责任。"
        )
    else:
        county = client.county
        t = org(
            rng, county + rng.choice(["第二中学", "疾病预防控制中心", "职业技术学校", "中医医院"]), county
        )
        t_party = P.Party("丙方（使用单位）", "丙方", t, seal_label="")
        t_duty = "丙方为本项目最终使用单位，负责提供实施场地、配合乙方安装调试、参加项目验收并负责系统的日常使用管理。"
    a = P.Party("甲方（建设单位）", "甲方", client, seal_label="")
    b = P.Party("乙方（承建单位）", "乙方", w.firm)
    supplier = w.firm
    parties = [a, b, t_party]
    duties = [
        "甲方负责项目的组织协调，按本合同约定向乙方支付合同价款，组织项目验收。",
        "乙方负责本项目设备供货、软件开发部署、安装调试、系统集成、人员培训及质保期内的运维服务。",
        t_duty,
    ]
    if plant == "witness_only":
        supplier = w.other("device")
        b = P.Party("乙方（供货及实施单位）", "乙方", supplier)
        t_party = P.Party("丙方（技术见证单位）", "丙方", w.firm)
        parties = [a, b, t_party]
        duties = [
            "甲方负责项目的组织协调，按本合同约定向乙方支付合同价款，组织项目验收。",
            "乙方负责本项目全部设备供货、安装调试、系统集成及质保期内的维保服务，并向甲方开具全额发票。",
            "丙方作为技术见证单位，对乙方实施过程中的技术方案进行见证并参加验收，丙方不收取本合同项下任何价款。",
        ]
    if plant == "seal_a_missing":
        a.sealed = False
    fees = w.standard_fees(amount)
    spec = P.ContractSpec(
        title=rng.choice(["三方协议书", "三方合作协议", f"{works}项目三方合同"]),
        number=number,
        project_name=project,
        parties=parties,
        party_a=client.name,
        party_b=supplier.name,
        intro="甲方、乙方、丙方根据《中华人民共和国民法典》及有关法律法规的规定，遵循平等、自愿、公平和诚实信用的原则，"
        f"就{project}的实施事宜协商一致，订立本三方协议，共同遵守。",
        recitals=[],
        amount=amount,
        amount_style=rng.randint(0, 2),
        share_lines=[],
        fees=fees if itemise else None,
        duties=duties,
        signed_on=signed,
        place=f"新疆喀什地区{client.county}",
        project_id=pid,
    )
    c = P.contract(rng, spec)
    declared_client = t.name if plant == "client_is_third" else client.name
    papers: list[P.Paper] = [c]
    files: list[FileSpec] = []
    if evidence == "acceptance":
        signers = [("建设单位", client, True), ("承建单位", supplier, True)]
        third_name = None
        if third == "jianli":
            signers.append(("监理单位", t, True))
            third_name = t.name
        elif third == "user":
            signers.append(("使用单位", t, True))
        rows = [("建设单位", client.name), ("承建单位", supplier.name)]
        if third == "jianli":
            rows.append(("监理单位", t.name))
        papers.append(
            _acceptance(
                w, pid, project, number, signers, accepted, client.name, supplier.name, third_name, rows
            )
        )
        files.append(_project_file(w, pid, project, papers))
    else:
        files.append(_project_file(w, pid, project, papers))
        part = (amount * Decimal(rng.choice([30, 40, 50])) / 100).quantize(CENT)
        inv = w.invoice(
            client,
            supplier,
            "*信息技术服务*信息系统集成服务",
            part,
            signed + dt.timedelta(days=rng.randint(8, 30)),
            pid,
        )
        files.append(_invoice_file(w, pid, inv))
    built = Built(row(pid, project, declared_client, signed, accepted, fld, client.county, fees), files)
    if plant == "client_is_third":
        built.plants.append(
            Plant(
                "PARTY_MISMATCH",
                pid,
                c,
                "parties",
                f"declared client {t.name} is the 丙方 (监理单位) of the three-party contract; 甲方 is {client.name}",
            )
        )
    elif plant == "witness_only":
        built.plants.append(
            Plant(
                "PARTY_MISMATCH",
                pid,
                c,
                "parties",
                f"乙方 is {supplier.name}; the declaring firm signs only as 丙方（技术见证单位）, paid nothing",
            )
        )
    elif plant == "seal_a_missing":
        built.plants.append(
            Plant(
                "SEAL_MISSING",
                pid,
                c,
                "signature",
                "three-party signature page: 乙方 and 丙方 sealed, the 甲方（建设单位） block has no seal",
            )
        )
    built.facts = {
        "earned": f"{amount:.2f}",
        "shape": f"three_party/{third}" + (f"/{plant}" if plant else ""),
    }
    return built


# 联合体 --------------------------------------------------------------------------------------------
def consortium(w: World, pid: str, lead: bool, plant: str | None = None) -> Built:
    rng = w.rng
    client, fld, works = w.client()
    project = f"{client.name}{works}项目"
    total = money(rng, 1_600_000, 4_800_000)
    lead_share = (total * Decimal(rng.uniform(0.52, 0.7)) / 100).quantize(Decimal(1)) * 100
    member_share = total - lead_share
    other = w.other("device" if lead else "it")
    lead_org, member_org = (w.firm, other) if lead else (other, w.firm)
    lead_work, member_work = "应用软件平台开发、系统集成实施、联调及培训", "硬件设备供货、安装及调试"
    signed, accepted = w.dates()
    number = w.number(f"{client.county[:2]}政采")
    share = lead_share if lead else member_share
    pct_l = f"{lead_share / total * 100:.1f}%"
    pct_m = f"{member_share / total * 100:.1f}%"
    share_lines = [
        f"乙方为联合体，按双方签订的联合体协议书，联合体各成员合同份额如下：牵头人{lead_org.name}承担{lead_work}，"
        f"合同份额为人民币{capital(lead_share)}（¥{figures(lead_share)}元），占合同总价的{pct_l}；成员{member_org.name}承担"
        f"{member_work}，合同份额为人民币{capital(member_share)}（¥{figures(member_share)}元），占合同总价的{pct_m}。",
        "甲方按上述份额分别向联合体各成员指定账户支付合同价款，联合体各成员分别向甲方开具发票。",
    ]
    a = P.Party("甲方（采购人）", "甲方", client, seal_label="")
    bl = P.Party("乙方（联合体牵头人）", "乙方（牵头人）", lead_org)
    bm = P.Party("乙方（联合体成员）", "乙方（成员）", member_org)
    spec = P.ContractSpec(
        title=rng.choice(["政府采购合同", f"{works}项目采购合同"]),
        subtitle="（联合体中标）",
        number=number,
        project_name=project,
        parties=[a, bl, bm],
        party_a=client.name,
        party_b=w.firm.name,
        intro=f"根据{project}（采购项目编号：{number.replace('政采', '采')}）的采购结果，由{lead_org.name}（牵头人）与"
        f"{member_org.name}（成员）组成的联合体为中标供应商。甲方与乙方（联合体）经协商一致，签订本合同。",
        recitals=[],
        amount=total,
        amount_style=rng.randint(0, 2),
        share_lines=share_lines,
        fees=None,
        duties=[
            "甲方负责提供实施场地及必要的配合条件，组织验收并按份额支付价款。",
            "乙方联合体各成员按联合体协议书约定的分工履行合同义务，并就本合同向甲方承担连带责任；"
            "牵头人负责项目的统一组织、协调和管理。",
        ],
        signed_on=signed,
        place=f"新疆喀什地区{client.county}",
        project_id=pid,
    )
    c = P.contract(rng, spec)
    agreement = P.consortium_agreement(
        rng,
        project_name=project,
        client=client.name,
        lead=lead_org,
        member=member_org,
        lead_work=lead_work,
        member_work=member_work,
        lead_share=lead_share,
        member_share=member_share,
        day=signed - dt.timedelta(days=rng.randint(20, 45)),
        project_id=pid,
    )
    signers = [("采购人", client, True), ("联合体牵头人", lead_org, True), ("联合体成员", member_org, True)]
    acc = _acceptance(
        w,
        pid,
        project,
        number,
        signers,
        accepted,
        client.name,
        w.firm.name,
        None,
        [("采购人", client.name), ("供应商", f"{lead_org.name}（牵头人）、{member_org.name}（成员）")],
    )
    papers = [agreement, c, acc] if plant is None else [c, acc, agreement]
    files = [_project_file(w, pid, project, papers)]
    if plant == "whole_price":
        declared = total
        hw = member_share
        rest = split(rng, lead_share, ["software_development", "integration_implementation"], [0.6, 0.4])
        fees = {"hardware_purchase": hw, **rest}
    else:
        declared = share
        if lead:
            fees = split(
                rng,
                share,
                ["software_purchase", "software_development", "integration_implementation"],
                [0.12, 0.53, 0.35],
            )
        else:
            fees = split(rng, share, ["hardware_purchase", "integration_implementation"], [0.85, 0.15])
    assert sum(fees.values(), Decimal(0)) == declared
    built = Built(row(pid, project, client.name, signed, accepted, fld, client.county, fees), files)
    if plant == "whole_price":
        built.plants.append(
            Plant(
                "AMOUNT_MISMATCH",
                pid,
                c,
                "share",
                f"declared {declared:.2f} is the consortium's whole price; the firm's share printed beside it "
                f"is {share:.2f} ({'lead' if lead else 'member'})",
            )
        )
    built.facts = {
        "earned": f"{share:.2f}",
        "whole": f"{total:.2f}",
        "shape": "consortium/" + ("lead" if lead else "member"),
    }
    return built


# 分包 ----------------------------------------------------------------------------------------------
def subcontract(w: World, pid: str, plant: str | None = None) -> Built:
    rng = w.rng
    owner, fld, _ = w.client()
    general = w.other("builder")
    if "医院" in owner.name or "卫生" in owner.name:
        building = rng.choice(["门急诊综合楼", "住院综合楼"])
    elif "教育" in owner.name or "中学" in owner.name:
        building = rng.choice(["教学综合楼", "学生活动中心"])
    else:
        building = rng.choice(["业务技术用房", "综合服务中心", "指挥调度中心"])
    owner_project = f"{owner.name}{building}建设项目"
    project = f"{owner_project}智能化系统专业分包工程"
    amount = money(rng, 700_000, 2_600_000)
    signed, accepted = w.dates()
    number = w.number("FB")
    jianli = w.other("jianli")
    a = P.Party("甲方（承包人）", "甲方", general)
    b = P.Party("乙方（分包人）", "乙方", w.firm)
    fees = w.standard_fees(amount)
    spec = P.ContractSpec(
        title=rng.choice(["建设工程专业分包合同", "智能化工程专业分包合同"]),
        number=number,
        project_name=project,
        head_lines=[
            f"工程名称：{owner_project}",
            f"建设单位（项目业主）：{owner.name}",
            f"监理单位：{jianli.name}",
        ],
        parties=[a, b],
        party_a=general.name,
        party_b=w.firm.name,
        intro="根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律法规，甲乙双方遵循平等、自愿、公平和诚实信用"
        "的原则，就下列分包工程的施工事宜协商一致，订立本合同。",
        recitals=[
            f"鉴于{owner.name}（以下称“项目业主”）已将{owner_project}发包给甲方施工总承包，经项目业主书面同意，"
            "甲方将该项目中的智能化系统（综合布线、计算机网络、视频监控、信息发布及机房工程）专业分包给乙方实施。"
            "项目业主不是本合同当事人，本合同价款由甲方向乙方支付。"
        ],
        amount=amount,
        amount_style=rng.randint(0, 2),
        share_lines=[],
        fees=fees if rng.random() < 0.5 else None,
        duties=[
            "甲方负责向乙方提供施工场地、图纸及总包现场管理，协调项目业主与监理单位，按约定向乙方支付分包价款。",
            "乙方按分包范围完成智能化系统的供货、安装、调试及检测，服从甲方现场管理，接受监理单位监督。",
        ],
        signed_on=signed,
        place=f"新疆喀什地区{owner.county}",
        project_id=pid,
    )
    c = P.contract(rng, spec)
    declared_client = owner.name if plant == "owner_declared" else general.name
    files: list[FileSpec]
    if plant is None:
        signers = [
            ("发包单位（总包）", general, True),
            ("分包单位", w.firm, True),
            ("监理单位", jianli, True),
            ("建设单位", owner, True),
        ]
        acc = _acceptance(
            w,
            pid,
            project,
            number,
            signers,
            accepted,
            general.name,
            w.firm.name,
            jianli.name,
            [
                ("发包单位（总包）", general.name),
                ("分包单位", w.firm.name),
                ("建设单位", owner.name),
                ("监理单位", jianli.name),
            ],
        )
        files = [_project_file(w, pid, project, [c, acc])]
    else:
        files = [_project_file(w, pid, project, [c])]
        part = (amount * Decimal(rng.choice([60, 70, 80])) / 100).quantize(CENT)
        inv = w.invoice(
            general,
            w.firm,
            "*建筑服务*智能化系统安装工程",
            part,
            accepted + dt.timedelta(days=rng.randint(5, 25)),
            pid,
        )
        files.append(_invoice_file(w, pid, inv))
    built = Built(row(pid, project, declared_client, signed, accepted, fld, owner.county, fees), files)
    if plant == "owner_declared":
        built.plants.append(
            Plant(
                "PARTY_MISMATCH",
                pid,
                c,
                "parties",
                f"declared client {owner.name} is the 项目业主 named in the recital, not a party; "
                f"甲方 is the 总包 {general.name}",
            )
        )
    built.facts = {"earned": f"{amount:.2f}", "shape": "subcontract"}
    return built


# 政府采购合同 with a 采购代理机构 -------------------------------------------------------------------------
def procurement(w: World, pid: str) -> Built:
    rng = w.rng
    client, fld, works = w.client()
    project = f"{client.name}{works}项目"
    amount = money(rng, 600_000, 2_400_000)
    signed, accepted = w.dates()
    number = w.number(f"{client.county[:2]}财采")
    agency = w.other("agency")
    a = P.Party("采购人（甲方）", "甲方", client, seal_label="", bank_lines=False)
    b = P.Party("供应商（乙方）", "乙方", w.firm, bank_lines=True)
    g = P.Party(
        "采购代理机构（鉴证方）", "采购代理机构", agency, seal_label="招标代理专用章", bank_lines=True
    )
    fees = w.standard_fees(amount)
    spec = P.ContractSpec(
        title="政府采购合同",
        number=number,
        project_name=project,
        head_lines=[
            f"采购项目编号：XJKS-{client.county[:2]}-{signed:%Y}-{rng.randint(100, 999)}",
            "采购方式：公开招标",
        ],
        parties=[a, b, g],
        party_a=client.name,
        party_b=w.firm.name,
        intro=f"根据{agency.name}组织的{project}公开招标结果及招标文件、投标文件，经采购人与供应商协商一致，"
        "在采购代理机构鉴证下签订本合同。采购代理机构不承担本合同项下的付款及履约义务。",
        recitals=[],
        amount=amount,
        amount_style=rng.randint(0, 2),
        share_lines=[],
        fees=fees,
        duties=[
            "甲方负责组织验收并按合同约定支付价款。",
            "乙方负责货物供应、安装调试、软件部署、系统集成及培训。",
            "采购代理机构负责合同鉴证及备案，不承担合同履约责任。",
        ],
        signed_on=signed,
        place=f"新疆喀什地区{client.county}",
        project_id=pid,
    )
    c = P.contract(rng, spec)
    acc = _acceptance(
        w,
        pid,
        project,
        number,
        [("采购人", client, True), ("供应商", w.firm, True)],
        accepted,
        client.name,
        w.firm.name,
        None,
        [("采购人", client.name), ("供应商", w.firm.name)],
    )
    built = Built(
        row(pid, project, client.name, signed, accepted, fld, client.county, fees),
        [_project_file(w, pid, project, [c, acc])],
    )
    built.facts = {"earned": f"{amount:.2f}", "shape": "procurement_agency"}
    return built


# 框架协议 + 任务单 -----------------------------------------------------------------------------------------
def framework(w: World, pid: str, plant: str | None = None) -> Built:
    rng = w.rng
    client, fld, works = w.client()
    service = rng.choice(["信息化建设及运维服务", "网络及安防系统建设服务", "信息系统集成服务"])
    title = f"{client.name}与{w.firm.name}{service}框架协议"
    amount = money(rng, 300_000, 1_400_000)
    signed, accepted = w.dates()
    frame_day = dt.date(signed.year, 1, rng.randint(3, 25))
    frame_no = w.number("KJXY")
    task = f"{client.name}{works}项目"
    spec = P.ContractSpec(
        title=title,
        number=frame_no,
        project_name=f"{client.name}{service}",
        parties=[P.Party("甲方", "甲方", client, seal_label=""), P.Party("乙方", "乙方", w.firm)],
        party_a=client.name,
        party_b=w.firm.name,
        blocks=False,
        intro=f"{client.name}（以下简称“甲方”）与{w.firm.name}（以下简称“乙方”）本着平等互利、长期合作的原则，"
        f"就甲方{YEAR}年度{service}事宜达成如下框架协议。",
        recitals=[],
        amount=Decimal(0),
        amount_style=0,
        share_lines=[],
        fees=None,
        amount_field=False,
        price_paras=[
            "本协议为框架协议，不约定合同总价。协议有效期内，甲方根据实际需要以任务单形式向乙方下达具体任务，"
            "每一任务单的内容、实施周期及金额以经双方盖章确认的任务单为准，任务单为本协议不可分割的组成部分。"
        ],
        duties=[
            "甲方负责及时下达任务单、提供实施条件并组织验收。",
            "乙方按任务单要求组织实施，保证质量和工期。",
        ],
        signed_on=frame_day,
        place=f"新疆喀什地区{client.county}",
        project_id=pid,
    )
    frame = P.contract(rng, spec)
    words = None
    if plant == "words":
        wrong = amount + Decimal(rng.choice([90_000, 100_000, -50_000]))
        words = capital(wrong)
    o = P.order(
        rng,
        title=rng.choice(["任务单", "服务任务单", "项目任务单"]),
        number=w.number("RWD"),
        framework_title=title,
        framework_number=frame_no,
        task=task,
        client=client,
        firm=w.firm,
        place=f"{client.county}{rng.choice(TOWNS[client.county])}",
        days=rng.choice([45, 60, 90]),
        amount=amount,
        words=words,
        day=signed,
        project_id=pid,
    )
    fees = split(
        rng,
        amount,
        ["hardware_purchase", "integration_implementation", "operation_maintenance"],
        [0.55, 0.3, 0.15],
    )
    files = [_project_file(w, pid, task, [frame, o])]
    inv = w.invoice(
        client,
        w.firm,
        "*信息技术服务*信息系统集成服务",
        amount,
        accepted + dt.timedelta(days=rng.randint(3, 20)),
        pid,
    )
    files.append(_invoice_file(w, pid, inv))
    built = Built(row(pid, task, client.name, signed, accepted, fld, client.county, fees), files)
    if plant == "words":
        built.plants.append(
            Plant(
                "AMOUNT_WORDS_MISMATCH",
                pid,
                o,
                "words",
                f"任务单: 小写 ¥{figures(amount)} (declared) but 大写 reads {words}",
            )
        )
    built.facts = {"earned": f"{amount:.2f}", "shape": "framework_order"}
    return built


# a branch as client ---------------------------------------------------------------------------------
def branch(w: World, pid: str) -> Built:
    rng = w.rng
    county = rng.choice(list(COUNTIES))
    if rng.random() < 0.5:
        parent = "喀什地区生态环境局"
        name = f"喀什地区生态环境局{county}分局"
        works, fld = "生态环境监测监控平台建设", "党政"
    else:
        parent = f"新疆{county[:-1]}农村商业银行股份有限公司"
        town = rng.choice(TOWNS[county])
        name = f"{parent}{town}支行"
        works, fld = "营业网点安防及网络改造", "金融"
    client = org(rng, name, county)
    project = f"{name}{works}项目"
    amount = money(rng, 400_000, 1_600_000)
    signed, accepted = w.dates()
    number = w.number("HT")
    fees = w.standard_fees(amount)
    spec = P.ContractSpec(
        title=rng.choice(["合同书", f"{works}合同"]),
        number=number,
        project_name=project,
        parties=[
            P.Party("甲方", "甲方", client, seal_label="合同专用章" if "银行" in name else ""),
            P.Party("乙方", "乙方", w.firm),
        ],
        party_a=name,
        party_b=w.firm.name,
        intro=f"甲方系{parent}的分支机构，经{parent}授权，以甲方名义签订并履行本合同。甲乙双方经协商一致，就{project}订立本合同。",
        recitals=[],
        amount=amount,
        amount_style=rng.randint(0, 2),
        share_lines=[],
        fees=None,
        duties=[
            "甲方负责提供施工条件、组织验收并支付合同价款。",
            "乙方负责设备供货、安装调试、系统集成及培训。",
        ],
        signed_on=signed,
        place=f"新疆喀什地区{county}",
        project_id=pid,
    )
    c = P.contract(rng, spec)
    acc = _acceptance(
        w,
        pid,
        project,
        number,
        [("甲方（建设单位）", client, True), ("乙方（承建单位）", w.firm, True)],
        accepted,
        name,
        w.firm.name,
        None,
        [("建设单位", name), ("承建单位", w.firm.name)],
    )
    built = Built(
        row(pid, project, name, signed, accepted, fld, county, fees),
        [_project_file(w, pid, project, [c, acc])],
    )
    built.facts = {"earned": f"{amount:.2f}", "shape": "branch", "parent": parent}
    return built
