"""The submissions of the 北疆 family: three clean, six with planted causes (README.md lists them)."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from . import acceptance as acc
from . import contracts as con
from . import papers
from .bundle import Book, copy_stamp
from .cast import Firm, Proj
from .declare import declaration, project_row, write_json, write_xlsx
from .numerals import recheck
from .ofd import e_invoice_ofd
from .people import certificates, client, firm, jitter, org_code, person, proj
from .scanners import Duplex, Mfp, Phone
from .wordfile import software_contract_docx

D = Decimal
AUDITORS = (
    "新疆天正会计师事务所（普通合伙）",
    "新疆华西会计师事务所（特殊普通合伙）",
    "乌鲁木齐天恒信有限责任会计师事务所",
    "新疆宏昌天圆有限责任会计师事务所",
)


def _finance(rng: random.Random, year: int) -> dict[str, Any]:
    rev = D(rng.randint(28_000_000, 76_000_000)) + D(rng.randint(0, 99)) / 100
    si = (rev * D(rng.uniform(0.6, 0.78))).quantize(D("0.01"))
    net = (rev * D(rng.uniform(0.03, 0.08))).quantize(D("0.01"))
    return {"year": year, "operating_revenue": rev, "system_integration_revenue": si, "net_profit": net}


def _audit(
    b: Book,
    f: Firm,
    fin: dict[str, Any],
    rng: random.Random,
    *,
    in_wan: bool = False,
    revenue: Decimal | None = None,
    full: bool = False,
) -> papers.Paper:
    y = fin["year"]
    return papers.audit_report(
        f,
        rng,
        year=y,
        revenue=revenue or fin["operating_revenue"],
        si_revenue=fin["system_integration_revenue"],
        net_profit=fin["net_profit"],
        audit_firm=rng.choice(AUDITORS),
        number=f"{rng.choice(('天正审字', '华西审字', '天恒信审字', '宏昌审字'))}[{y + 1}]第{rng.randint(11, 999):03d}号",
        in_wan=in_wan,
        full=full,
    )


def _expert_list(rng: random.Random, n: int = 3) -> list[tuple[str, str, str]]:
    orgs = (
        "新疆大学",
        "新疆财经大学",
        "自治区信息中心",
        "新疆农业大学",
        "石河子大学",
        "克拉玛依职业技术学院",
    )
    return [
        (person(rng), rng.choice(orgs), rng.choice(("教授", "高级工程师", "正高级工程师", "副教授")))
        for _ in range(n)
    ]


def _inv_number(rng: random.Random, year: str) -> str:
    return f"{year[2:]}65{rng.randint(2000, 7999)}" + "".join(rng.choice("0123456789") for _ in range(12))


# ---------------------------------------------------------------- clean ones


def bj01_clean_urumqi_text(b: Book, rng: random.Random) -> None:
    """Clean. declaration.json in 元; text-layer contract (骑缝章, 附件1), 竣工验收报告 and OFD e-invoice;
    技术服务合同 with 验收确认书; license 副本 through an MFP; audit in 元."""
    b.clean = True
    f = firm(rng, "乌鲁木齐")
    year = 2024
    c1 = client(
        rng,
        rng.choice(("乌鲁木齐市水磨沟区数据局", "乌鲁木齐市米东区政务服务和公共资源交易中心")),
        "乌鲁木齐",
    )
    p1 = proj(
        rng,
        "P1",
        f"{c1.name[:6]}政务云平台扩容建设项目",
        c1,
        "2024-03-12",
        "2024-10-28",
        "党政",
        "新疆维吾尔自治区乌鲁木齐市",
        {
            "software_development": jitter(rng, 1_200_000),
            "integration_implementation": jitter(rng, 280_000),
            "hardware_purchase": jitter(rng, 860_000),
            "software_purchase": jitter(rng, 150_000),
        },
        "WLMQ",
    )
    c2 = client(rng, "新疆维吾尔自治区人民医院", "乌鲁木齐")
    p2 = proj(
        rng,
        "P2",
        "医院信息平台运维技术服务项目",
        c2,
        "2024-01-08",
        "2024-12-20",
        "医疗卫生",
        "新疆维吾尔自治区乌鲁木齐市",
        {"operation_maintenance": jitter(rng, 460_000)},
        "RMYY",
    )
    fin = _finance(rng, year)
    write_json(
        declaration(
            f,
            year,
            [fin],
            [project_row(p1), project_row(p2)],
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    b.scanned_pdf(
        "营业执照副本.pdf", [papers.license_paper(f, rng, original=False, issued="2023-06-15")], Mfp(rng)
    )
    sup = rng.choice(("新疆昆仑工程咨询有限责任公司", "新疆天麒工程项目管理咨询有限责任公司"))
    b.text_pdf("项目1/合同.pdf", [con.long_contract(f, p1, rng, sep=True)], rng)
    b.text_pdf("项目1/竣工验收报告.pdf", [acc.completion_report(f, p1, rng, supervisor=sup)], rng)
    data, paper = e_invoice_ofd(
        f,
        c1.name,
        org_code(rng, "乌鲁木齐"),
        rng,
        number=_inv_number(rng, "2024"),
        date="2024-11-06",
        total=(p1.amount * D("0.6")).quantize(D("0.01")),
        item="*信息技术服务*信息系统集成服务",
        project_id="P1",
    )
    b.raw("项目1/发票.ofd", data, paper)
    b.text_pdf(
        "项目2/技术服务合同及验收.pdf",
        [con.tech_service_contract(f, p2, rng, sep=False), acc.confirmation(f, p2, rng)],
        rng,
    )
    b.text_pdf("财务/2024年度审计报告.pdf", [_audit(b, f, fin, rng, full=True)], rng)


def bj02_clean_karamay_duplex(b: Book, rng: random.Random) -> None:
    """Clean. declaration.xlsx in 万元; duplex 高速扫描仪 with blank backs: contract copy stamped
    复印件与原件一致 + 项目终验报告; 兵团 采购合同 + paper invoice; 正本 photographed; audit in 万元."""
    b.clean = True
    f = firm(rng, "克拉玛依")
    year = 2024
    c1 = client(rng, "克拉玛依市独山子区教育局", "克拉玛依")
    base_sd = jitter(rng, 1_560_000, 100) + rng.randint(1, 99)  # one fee below 100 yuan: 万元 precision
    p1 = proj(
        rng,
        "P1",
        "独山子区智慧教育云平台建设项目",
        c1,
        "2024-02-26",
        "2024-09-30",
        "教育",
        "新疆维吾尔自治区克拉玛依市",
        {
            "software_development": base_sd,
            "consulting_design": jitter(rng, 120_000),
            "integration_implementation": jitter(rng, 300_000),
            "hardware_purchase": jitter(rng, 1_100_000),
        },
        "DSZ",
    )
    c2 = client(rng, "新疆生产建设兵团第七师胡杨河市自然资源和规划局", "克拉玛依")
    p2 = proj(
        rng,
        "P2",
        "第七师胡杨河市不动产登记信息平台设备采购项目",
        c2,
        "2024-05-20",
        "2024-08-15",
        "党政",
        "新疆维吾尔自治区胡杨河市",
        {
            "integration_implementation": jitter(rng, 90_000),
            "hardware_purchase": jitter(rng, 520_000),
            "software_purchase": jitter(rng, 80_000),
        },
        "QS",
    )
    fin = _finance(rng, year)
    decl = declaration(
        f,
        year,
        [fin],
        [project_row(p1), project_row(p2)],
        technical=rng.randint(22, 46),
        certificates=certificates(rng, rng.randint(3, 7)),
    )
    write_xlsx(decl, b.sub / "declaration.xlsx", wan=True)
    b.photo("营业执照正本.jpg", papers.license_paper(f, rng, original=True, issued="2022-04-11"), Phone(rng))
    duplex = Duplex(rng)
    k1 = con.long_contract(f, p1, rng, sep=True)
    copy_stamp(k1, rng)
    b.scanned_pdf(
        "扫描件/项目一 合同及终验报告.pdf",
        [k1, acc.final_report(f, p1, rng, experts=_expert_list(rng))],
        duplex,
    )
    k2 = con.purchase_contract(f, p2, rng, sep=False)
    copy_stamp(k2, rng)
    inv = papers.paper_invoice(
        f,
        c2.name,
        org_code(rng, "克拉玛依"),
        rng,
        code=f"0650{rng.randint(10000000, 99999999)}",
        number=f"{rng.randint(10000000, 99999999)}",
        date="2024-08-20",
        total=(p2.amount * D("0.95")).quantize(D("0.01")),
        item="*计算机网络设备*服务器",
        project_id="P2",
    )
    b.scanned_pdf("扫描件/项目二 合同及发票.pdf", [k2, inv], duplex)
    b.text_pdf("2024审计报告.pdf", [_audit(b, f, fin, rng, in_wan=True, full=True)], rng)


def bj03_clean_merged_docx(b: Book, rng: random.Random) -> None:
    """Clean. declaration.json with a merged row backed by a .docx 软件开发合同 and a scanned 采购合同;
    long contract + 竣工验收报告 through an MFP; 数电票 PDF."""
    b.clean = True
    f = firm(rng, "伊宁")
    year = 2024
    c1 = client(rng, "伊宁市教育局", "伊宁")
    name = "伊宁市智慧校园建设项目"
    pa = proj(
        rng,
        "P1",
        name + "（软件开发）",
        c1,
        "2024-04-02",
        "2024-10-18",
        "教育",
        "新疆维吾尔自治区伊宁市",
        {"software_development": jitter(rng, 680_000)},
        "YNJY",
    )
    pb = proj(
        rng,
        "P1",
        name + "（设备采购）",
        c1,
        "2024-04-02",
        "2024-10-18",
        "教育",
        "新疆维吾尔自治区伊宁市",
        {"integration_implementation": jitter(rng, 120_000), "hardware_purchase": jitter(rng, 940_000)},
        "YNJY",
    )
    merged = Proj(
        "P1",
        name,
        c1,
        "2024-04-02",
        "2024-10-18",
        "教育",
        "新疆维吾尔自治区伊宁市",
        {**pa.fees, **pb.fees},
        pa.number,
    )
    c2 = client(rng, "伊犁哈萨克自治州友谊医院", "伊宁")
    p2 = proj(
        rng,
        "P2",
        "伊犁州友谊医院互联网医院系统建设项目",
        c2,
        "2024-03-18",
        "2024-11-26",
        "医疗卫生",
        "新疆维吾尔自治区伊宁市",
        {
            "software_development": jitter(rng, 900_000),
            "data_processing": jitter(rng, 150_000),
            "integration_implementation": jitter(rng, 200_000),
            "software_purchase": jitter(rng, 260_000),
        },
        "YYYY",
    )
    fin = _finance(rng, year)
    write_json(
        declaration(
            f,
            year,
            [fin],
            [project_row(merged), project_row(p2)],
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    mfp = Mfp(rng)
    b.scanned_pdf("执照.pdf", [papers.license_paper(f, rng, original=False, issued="2021-09-03")], mfp)
    data, paper = software_contract_docx(f, pa, rng)
    b.raw("合同/智慧校园软件开发合同.docx", data, paper)
    b.scanned_pdf("合同/智慧校园设备采购合同.pdf", [con.purchase_contract(f, pb, rng)], mfp)
    b.text_pdf("合同/智慧校园验收确认书.pdf", [acc.confirmation(f, merged, rng)], rng)
    inv = papers.e_invoice_pdf(
        f,
        c1.name,
        org_code(rng, "伊宁"),
        rng,
        number=_inv_number(rng, "2024"),
        date="2024-10-25",
        total=(merged.amount * D("0.5")).quantize(D("0.01")),
        item="*信息技术服务*软件开发服务",
        project_id="P1",
    )
    b.text_pdf("合同/发票.pdf", [inv], rng)
    b.scanned_pdf(
        "互联网医院项目.pdf",
        [
            con.long_contract(f, p2, rng, sep=False),
            acc.completion_report(f, p2, rng, supervisor="新疆伊犁信达监理有限公司"),
        ],
        mfp,
    )
    b.text_pdf("审计报告2024.pdf", [_audit(b, f, fin, rng)], rng)


# ---------------------------------------------------------------- planted


def bj04_amount_mismatch(b: Book, rng: random.Random) -> None:
    """AMOUNT_MISMATCH: the 技术服务合同 states 技术服务费 lower than the declared contract amount (the row's
    fees were inflated consistently). Inspection year 2023."""
    f = firm(rng, "昌吉")
    year = 2023
    c1 = client(rng, "昌吉回族自治州公共资源交易中心", "昌吉")
    p1 = proj(
        rng,
        "P1",
        "昌吉州公共资源交易平台运维服务项目",
        c1,
        "2023-03-06",
        "2023-12-15",
        "党政",
        "新疆维吾尔自治区昌吉市",
        {"operation_maintenance": jitter(rng, 386_000)},
        "CJJY",
    )
    declared_amount = p1.amount + D(40_000)
    c2 = client(rng, "昌吉市农业农村局", "昌吉")
    p2 = proj(
        rng,
        "P2",
        "昌吉市高标准农田信息化监测系统建设项目",
        c2,
        "2023-04-20",
        "2023-11-10",
        "农林牧渔、水利",
        "新疆维吾尔自治区昌吉市",
        {
            "integration_implementation": jitter(rng, 160_000),
            "hardware_purchase": jitter(rng, 1_380_000),
            "software_purchase": jitter(rng, 210_000),
        },
        "CJNY",
    )
    fin = _finance(rng, year)
    rows = [project_row(p1, fees={"operation_maintenance": declared_amount}), project_row(p2)]
    write_json(
        declaration(
            f,
            year,
            [fin],
            rows,
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    mfp = Mfp(rng)
    b.scanned_pdf("营业执照.pdf", [papers.license_paper(f, rng, original=False, issued="2022-12-01")], mfp)
    b.scanned_pdf(
        "运维服务合同.pdf", [con.tech_service_contract(f, p1, rng), acc.confirmation(f, p1, rng)], mfp
    )
    b.find("AMOUNT_MISMATCH", project_id="P1", file="运维服务合同.pdf")
    b.text_pdf("农田监测合同.pdf", [con.purchase_contract(f, p2, rng)], rng)
    b.text_pdf(
        "农田监测验收.pdf", [acc.completion_report(f, p2, rng, supervisor="新疆兴农工程监理有限公司")], rng
    )
    b.text_pdf("2023年审计报告.pdf", [_audit(b, f, fin, rng)], rng)


def bj05_words_and_fee(b: Book, rng: random.Random) -> None:
    """AMOUNT_WORDS_MISMATCH on P1 (大写 壹佰捌拾陆万 against ¥1,680,000.00 and the 分项报价表) and FEE_MISMATCH
    on P2 (附件1 puts more on 软件开发费 and less on 集成实施费 than the row; same total). declaration.xlsx in 元."""
    f = firm(rng, "博乐")
    year = 2024
    c1 = client(rng, "博尔塔拉蒙古自治州公安局", "博乐")
    p1 = proj(
        rng,
        "P1",
        "博州公安视频图像信息综合应用平台建设项目",
        c1,
        "2024-05-09",
        "2024-12-06",
        "党政",
        "新疆维吾尔自治区博乐市",
        {
            "software_development": 580_000,
            "integration_implementation": 200_000,
            "hardware_purchase": 900_000,
        },
        "BZGA",
    )
    wrong_words = D(1_860_000)
    c2 = client(rng, "博乐市人民医院", "博乐")
    fees2 = {
        "software_development": jitter(rng, 900_000, 10000),
        "integration_implementation": jitter(rng, 300_000, 10000),
        "hardware_purchase": jitter(rng, 600_000),
    }
    p2 = proj(
        rng,
        "P2",
        "博乐市人民医院临床数据中心建设项目",
        c2,
        "2024-03-01",
        "2024-10-09",
        "医疗卫生",
        "新疆维吾尔自治区博乐市",
        fees2,
        "BLYY",
    )
    shift = D(100_000)
    declared_fees = dict(p2.fees)
    declared_fees["software_development"] -= shift
    declared_fees["integration_implementation"] += shift
    fin = _finance(rng, year)
    rows = [project_row(p1), project_row(p2, fees=declared_fees)]
    write_xlsx(
        declaration(
            f,
            year,
            [fin],
            rows,
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.xlsx",
        wan=False,
    )
    duplex = Duplex(rng)
    b.scanned_pdf(
        "营业执照副本.pdf", [papers.license_paper(f, rng, original=False, issued="2020-07-21")], Mfp(rng)
    )
    b.text_pdf("视频平台合同.pdf", [con.long_contract(f, p1, rng, words=wrong_words)], rng)
    b.find("AMOUNT_WORDS_MISMATCH", project_id="P1", file="视频平台合同.pdf", page=2)
    b.scanned_pdf(
        "视频平台验收.pdf",
        [acc.completion_report(f, p1, rng, supervisor="新疆博远工程监理咨询有限公司")],
        duplex,
    )
    b.text_pdf(
        "临床数据中心合同及验收.pdf",
        [con.long_contract(f, p2, rng), acc.final_report(f, p2, rng, experts=_expert_list(rng, 5))],
        rng,
    )
    b.find("FEE_MISMATCH", project_id="P2", file="临床数据中心合同及验收.pdf")
    b.text_pdf("审计报告.pdf", [_audit(b, f, fin, rng, full=True)], rng)


def bj06_acceptance(b: Book, rng: random.Random) -> None:
    """ACCEPTANCE_NOT_PASSED on P1 (终验 专家组 不同意验收，需整改后复验) and ACCEPTANCE_OUT_OF_PERIOD on P2
    (验收确认书 and row both dated January of the following year)."""
    f = firm(rng, "乌鲁木齐")
    year = 2024
    c1 = client(rng, "乌鲁木齐市沙依巴克区卫生健康委员会", "乌鲁木齐")
    p1 = proj(
        rng,
        "P1",
        "沙依巴克区全民健康信息平台建设项目",
        c1,
        "2024-02-19",
        "2024-11-29",
        "医疗卫生",
        "新疆维吾尔自治区乌鲁木齐市",
        {
            "software_development": jitter(rng, 1_350_000),
            "data_processing": jitter(rng, 210_000),
            "hardware_purchase": jitter(rng, 700_000),
        },
        "SYBK",
    )
    c2 = client(rng, "新疆维吾尔自治区气象信息中心", "乌鲁木齐")
    p2 = proj(
        rng,
        "P2",
        "气象数据共享服务系统技术服务项目",
        c2,
        "2024-08-12",
        "2025-01-16",
        "科研",
        "新疆维吾尔自治区乌鲁木齐市",
        {"consulting_design": jitter(rng, 90_000), "software_development": jitter(rng, 330_000)},
        "QXXX",
    )
    fin = _finance(rng, year)
    write_json(
        declaration(
            f,
            year,
            [fin],
            [project_row(p1), project_row(p2)],
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    b.photo("执照照片.jpg", papers.license_paper(f, rng, original=True, issued="2023-02-08"), Phone(rng))
    mfp = Mfp(rng)
    b.scanned_pdf("健康平台合同.pdf", [con.long_contract(f, p1, rng)], mfp)
    b.scanned_pdf(
        "健康平台终验报告.pdf", [acc.final_report(f, p1, rng, experts=_expert_list(rng), passed=False)], mfp
    )
    b.find("ACCEPTANCE_NOT_PASSED", project_id="P1", file="健康平台终验报告.pdf")
    b.text_pdf(
        "气象技术服务合同.pdf", [con.tech_service_contract(f, p2, rng), acc.confirmation(f, p2, rng)], rng
    )
    b.find("ACCEPTANCE_OUT_OF_PERIOD", project_id="P2")
    b.text_pdf("审计报告（2024年度）.pdf", [_audit(b, f, fin, rng)], rng)


def bj07_license(b: Book, rng: random.Random) -> None:
    """License causes: 营业期限 ended 2024-06-30 (LICENSE_EXPIRED), the declared credit code differs from the
    license's in one body character (CREDIT_CODE_MISMATCH, both codes valid) and the declared legal
    representative is another person (LICENSE_FIELD_MISMATCH). declaration.xlsx in 万元."""
    f = firm(rng, "克拉玛依", established="2014-07-01", valid_until="2024-06-30")
    year = 2024
    body = f.code[:17]
    i = 12
    alt = body[:i] + ("7" if body[i] != "7" else "3") + body[i + 1 :]
    declared_code = recheck(alt)
    other_legal = person(rng)
    while other_legal[0] == f.legal[0]:
        other_legal = person(rng)
    c1 = client(rng, "中国石油新疆油田分公司数据公司", "克拉玛依")
    p1 = proj(
        rng,
        "P1",
        "油田生产指挥中心视频会商系统集成项目",
        c1,
        "2024-01-15",
        "2024-07-22",
        "能源",
        "新疆维吾尔自治区克拉玛依市",
        {
            "integration_implementation": jitter(rng, 420_000, 100),
            "hardware_purchase": jitter(rng, 1_900_000, 100),
            "software_purchase": jitter(rng, 230_000, 100),
        },
        "XJYT",
    )
    fin = _finance(rng, year)
    decl = declaration(
        f,
        year,
        [fin],
        [project_row(p1)],
        code=declared_code,
        legal=other_legal,
        technical=rng.randint(22, 46),
        certificates=certificates(rng, 4),
    )
    write_xlsx(decl, b.sub / "declaration.xlsx", wan=True)
    b.scanned_pdf(
        "营业执照副本扫描.pdf", [papers.license_paper(f, rng, original=False, issued="2019-05-10")], Mfp(rng)
    )
    for code in ("LICENSE_EXPIRED", "CREDIT_CODE_MISMATCH", "LICENSE_FIELD_MISMATCH"):
        b.find(code, file="营业执照副本扫描.pdf")
    duplex = Duplex(rng)
    k1 = con.long_contract(f, p1, rng)
    copy_stamp(k1, rng, pages=[0, 1, 3])
    b.scanned_pdf(
        "视频会商项目.pdf",
        [k1, acc.completion_report(f, p1, rng, supervisor="克拉玛依市石油工程监理有限公司")],
        duplex,
    )
    b.text_pdf("审计报告.pdf", [_audit(b, f, fin, rng, in_wan=True)], rng)


def bj08_party_date_seal(b: Book, rng: random.Random) -> None:
    """PARTY_MISMATCH on P1 (contract's 甲方 is 霍城县中医医院, the row says 霍城县人民医院), DATE_MISMATCH on P2
    (技术服务合同 signed a month before the declared date) and SEAL_MISSING on P3's 验收确认书 (no seal at all)."""
    f = firm(rng, "伊宁")
    year = 2024
    real = client(rng, "霍城县中医医院", "伊宁")
    p1 = proj(
        rng,
        "P1",
        "霍城县医院HIS系统升级改造项目",
        real,
        "2024-03-25",
        "2024-09-12",
        "医疗卫生",
        "新疆维吾尔自治区伊犁州霍城县",
        {
            "software_development": jitter(rng, 640_000),
            "integration_implementation": jitter(rng, 110_000),
            "hardware_purchase": jitter(rng, 380_000),
        },
        "HCZY",
    )
    c2 = client(rng, "伊犁哈萨克自治州档案馆", "伊宁")
    p2 = proj(
        rng,
        "P2",
        "伊犁州数字档案馆数据整理与技术服务项目",
        c2,
        "2024-04-18",
        "2024-12-02",
        "文化、体育、娱乐",
        "新疆维吾尔自治区伊宁市",
        {"data_processing": jitter(rng, 520_000)},
        "YLDA",
    )
    c3 = client(rng, "新疆生产建设兵团第四师可克达拉市公安局", "伊宁")
    p3 = proj(
        rng,
        "P3",
        "可克达拉市公安局指挥中心网络设备采购项目",
        c3,
        "2024-06-03",
        "2024-09-26",
        "党政",
        "新疆维吾尔自治区可克达拉市",
        {"integration_implementation": jitter(rng, 80_000), "hardware_purchase": jitter(rng, 760_000)},
        "KKDL",
    )
    fin = _finance(rng, year)
    rows = [
        project_row(p1, client="霍城县人民医院"),
        project_row(p2, signed_on="2024-05-18"),
        project_row(p3),
    ]
    write_json(
        declaration(
            f,
            year,
            [fin],
            rows,
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    mfp = Mfp(rng)
    b.scanned_pdf(
        "证照/营业执照.pdf", [papers.license_paper(f, rng, original=False, issued="2024-01-22")], mfp
    )
    b.scanned_pdf(
        "项目/HIS升级合同及验收.pdf",
        [
            con.long_contract(f, p1, rng),
            acc.completion_report(f, p1, rng, supervisor="伊犁天诚建设监理有限公司"),
        ],
        mfp,
    )
    b.find("PARTY_MISMATCH", project_id="P1")
    b.text_pdf(
        "项目/档案数字化服务合同.pdf",
        [con.tech_service_contract(f, p2, rng), acc.confirmation(f, p2, rng)],
        rng,
    )
    b.find("DATE_MISMATCH", project_id="P2")
    b.text_pdf("项目/指挥中心采购合同.pdf", [con.purchase_contract(f, p3, rng)], rng)
    b.scanned_pdf("项目/指挥中心验收确认书.pdf", [acc.confirmation(f, p3, rng, seals=False)], mfp)
    b.find("SEAL_MISSING", project_id="P3", file="项目/指挥中心验收确认书.pdf", page=1)
    b.text_pdf("审计/2024年度审计报告.pdf", [_audit(b, f, fin, rng)], rng)


def bj09_audit_dup_corrupt(b: Book, rng: random.Random) -> None:
    """AUDIT_FIGURE_MISMATCH (declared 营业收入 above the 利润表's), DUPLICATE_DOCUMENT (the 竣工验收报告 scanned
    twice: inside the project file and again on its own) and FILE_UNREADABLE (an invoice PDF locked with an open password)."""
    f = firm(rng, "昌吉")
    year = 2024
    c1 = client(rng, "昌吉市城市管理局", "昌吉")
    p1 = proj(
        rng,
        "P1",
        "昌吉市智慧城管综合指挥平台建设项目",
        c1,
        "2024-04-08",
        "2024-11-18",
        "公用事业",
        "新疆维吾尔自治区昌吉市",
        {
            "software_development": jitter(rng, 980_000),
            "integration_implementation": jitter(rng, 260_000),
            "hardware_purchase": jitter(rng, 1_120_000),
            "other": jitter(rng, 40_000),
        },
        "CJCG",
    )
    fin = _finance(rng, year)
    audited = fin["operating_revenue"]
    fin_declared = dict(fin)
    fin_declared["operating_revenue"] = audited + D(rng.randint(3_000_000, 6_000_000))
    write_json(
        declaration(
            f,
            year,
            [fin_declared],
            [project_row(p1)],
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    duplex = Duplex(rng)
    b.scanned_pdf("营业执照.pdf", [papers.license_paper(f, rng, original=False, issued="2023-08-30")], duplex)
    report = acc.completion_report(f, p1, rng, supervisor="新疆昌吉建设工程监理有限责任公司")
    b.scanned_pdf("智慧城管/合同及验收.pdf", [con.long_contract(f, p1, rng), report], Mfp(rng))
    b.scanned_pdf("智慧城管/验收报告.pdf", [report], duplex)
    b.find("DUPLICATE_DOCUMENT", file="智慧城管/验收报告.pdf")
    full = papers.paper_invoice(
        f,
        c1.name,
        org_code(rng, "昌吉"),
        rng,
        code="065002300111",
        number=f"{rng.randint(10000000, 99999999)}",
        date="2024-11-25",
        total=D(200_000),
        item="*信息技术服务*软件开发服务",
        project_id=None,
    )
    import pymupdf

    full.doc.set_metadata({"producer": "Microsoft: Print To PDF"})
    blob = full.doc.tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256,  # type: ignore[attr-defined]
        owner_pw="xj" + str(rng.randint(1000, 9999)),
        user_pw=str(rng.randint(100000, 999999)),
        garbage=3,
        deflate=True,
    )
    b.raw("智慧城管/发票.pdf", blob, None)  # opened only with a password nobody gave the reviewer
    b.find("FILE_UNREADABLE", file="智慧城管/发票.pdf")
    b.text_pdf("2024年度审计报告.pdf", [_audit(b, f, fin, rng)], rng)
    b.find("AUDIT_FIGURE_MISMATCH", file="2024年度审计报告.pdf")


def bj10_pdf_edited(b: Book, rng: random.Random) -> None:
    """PDF_EDITED: the contract PDF exported by WPS was opened again in Acrobat and the two parties' seals
    pasted onto the signature page as an incremental revision. Everything it states agrees with the row.
    Inspection year 2025."""
    import pymupdf

    f = firm(rng, "博乐")
    year = 2025
    c1 = client(rng, "博尔塔拉蒙古自治州数据局", "博乐")
    p1 = proj(
        rng,
        "P1",
        "博州一体化政务数据共享交换平台建设项目",
        c1,
        "2025-02-17",
        "2025-09-05",
        "党政",
        "新疆维吾尔自治区博乐市",
        {
            "software_development": jitter(rng, 760_000),
            "data_processing": jitter(rng, 180_000),
            "integration_implementation": jitter(rng, 140_000),
            "hardware_purchase": jitter(rng, 520_000),
        },
        "BZSJ",
    )
    c2 = client(rng, "温泉县人民政府办公室", "博乐")
    p2 = proj(
        rng,
        "P2",
        "温泉县政务外网安全运维服务项目",
        c2,
        "2025-01-10",
        "2025-06-20",
        "党政",
        "新疆维吾尔自治区博州温泉县",
        {"operation_maintenance": jitter(rng, 280_000)},
        "WQXZ",
    )
    fin = _finance(rng, year)
    rows = [project_row(p1), project_row(p2)]
    write_json(
        declaration(
            f,
            year,
            [fin],
            rows,
            technical=rng.randint(22, 46),
            certificates=certificates(rng, rng.randint(3, 7)),
        ),
        b.sub / "declaration.json",
    )
    b.scanned_pdf(
        "营业执照.pdf", [papers.license_paper(f, rng, original=False, issued="2024-11-05")], Mfp(rng)
    )
    k1 = con.long_contract(f, p1, rng, seal=False)
    k1.fields["has_seal"] = True
    b.text_pdf("政务数据平台合同.pdf", [k1], rng)
    path = b.sub / "政务数据平台合同.pdf"
    doc = pymupdf.open(path)
    page = doc[3]
    from . import ink

    for org, cy in ((c1.name, 212.0), (f.name, 462.0)):
        png = ink.seal_png(ink.SealSpec(org, "合同专用章"), rng)
        page.insert_image(pymupdf.Rect(313, cy - 59, 431, cy + 59), stream=png, overlay=True)
    meta = dict(doc.metadata or {})
    meta.update({"producer": "Adobe Acrobat Pro (64-bit) 23.6.20320", "modDate": "D:20251020153012+08'00'"})
    meta.pop("format", None)
    meta.pop("encryption", None)
    doc.set_metadata(meta)
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)  # type: ignore[attr-defined]
    doc.close()
    b.find("PDF_EDITED", project_id="P1", file="政务数据平台合同.pdf")
    b.text_pdf(
        "政务数据平台验收.pdf",
        [acc.completion_report(f, p1, rng, supervisor="新疆博远工程监理咨询有限公司")],
        rng,
    )
    b.scanned_pdf(
        "温泉县运维服务.pdf",
        [con.tech_service_contract(f, p2, rng), acc.confirmation(f, p2, rng)],
        Duplex(rng),
    )
    b.text_pdf("2025年度审计报告.pdf", [_audit(b, f, fin, rng)], rng)


SCENARIOS: list[Callable[[Book, random.Random], None]] = [
    bj01_clean_urumqi_text,
    bj02_clean_karamay_duplex,
    bj03_clean_merged_docx,
    bj04_amount_mismatch,
    bj05_words_and_fee,
    bj06_acceptance,
    bj07_license,
    bj08_party_date_seal,
    bj09_audit_dup_corrupt,
    bj10_pdf_edited,
]
