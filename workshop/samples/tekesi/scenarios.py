"""The ten filings: a licence in a different layout and capture each, the other papers ordinary."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

import numpy as np
import zxingcpp
from PIL import Image

from . import capture as cap
from .filing import Filing
from .firms import YEAR, Firm, county, firm_name, ordinary, scope, staff
from .licences import Licence, draw_bank_permit, draw_id_card, draw_org_code
from .sheet import Sheet
from .world import (
    KAZAKH,
    TRADE_WORDS,
    UYGHUR,
    County,
    address,
    broken_code,
    credit_code,
    day_in,
    id_number,
    org_code,
    person,
    registration_number,
    wan_words,
)

DPI = 200
WATERMARK = f"仅供{YEAR}年度系统集成资质年检使用"


def gsxt(code: str) -> str:
    return f"http://www.gsxt.gov.cn/corp-query-entprise-info-hot-search-list.html?uniscid={code}"


def legible_qr(img: np.ndarray, payload: str | None) -> bool:
    """Whether the licence's QR code can still be decoded from the captured image."""
    if not payload:
        return False
    return any(r.text == payload for r in zxingcpp.read_barcodes(img))


def scaled(pixels: np.ndarray, factor: float) -> np.ndarray:
    """Pixels of a paper copied at ``factor`` (a copy shop's 缩印)."""
    h, w = pixels.shape[:2]
    return np.array(
        Image.fromarray(pixels).resize((round(w * factor), round(h * factor)), Image.Resampling.LANCZOS)
    )


def _years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _serial(rng: random.Random, c: County) -> str:
    return f"{c.code}{rng.randint(10**13, 10**14 - 1)}"


def _company(
    rng: random.Random, c: County, *, name: str | None = None, since=(2016, 2021), capital=True, new_code=True
) -> Firm:
    est = day_in(rng, dt.date(since[0], 1, 5), dt.date(since[1], 12, 20))
    wan = rng.choice((100, 200, 300, 500, 600, 800, 1000, 1200, 2000))
    return Firm(
        county=c,
        name=name or firm_name(rng, c),
        code=credit_code(rng, c, new_style=new_code),
        person=person(rng),
        capital=Decimal(wan * 10000) if capital else None,
        established=est,
        staff=staff(rng),
    )


def _licence(
    rng: random.Random,
    firm: Firm,
    *,
    layout: str,
    copy: str = "副本",
    kind: str = "company",
    company_type: str = "有限责任公司（自然人投资或控股）",
    capital_text: str | None = None,
    term_end: dt.date | None = None,
    style: str = "2021",
    issued_from: int = 2021,
) -> Licence:
    c = firm.county
    if capital_text is None and firm.capital is not None:
        capital_text = rng.choice(
            (
                f"{wan_words(int(firm.capital / 10000))}元整",
                f"人民币{wan_words(int(firm.capital / 10000))}元整",
            )
        )
    issued = day_in(rng, max(firm.established, dt.date(issued_from, 1, 1)), dt.date(2024, 11, 30))
    return Licence(
        layout=layout,
        copy=copy,
        kind=kind,
        name=firm.name,
        code=firm.code,
        company_type=company_type,
        person=firm.person,
        established=firm.established,
        address=address(rng, c),
        scope=scope(rng, style),
        authority=f"{c.name}市场监督管理局",
        issued=issued,
        capital_text=capital_text,
        capital=firm.capital,
        term_end=term_end,
        serial=_serial(rng, c),
        qr=gsxt(firm.code),
    )


def _licence_doc(f: Filing, doc_id: str, lic: Licence, file: str, page: int, img: np.ndarray) -> None:
    f.document(
        doc_id,
        "business_license",
        file,
        [page],
        lic.truth_fields(legible_qr(img, lic.qr)),
        scanned=True,
        printed=dict(lic.printed),
    )


def _flat(
    sheet: Sheet, rng: random.Random, glass_mm: tuple[float, float], *, grey: bool = False
) -> np.ndarray:
    items = [
        cap.Placed(sheet.pixels(DPI), rng.uniform(0.3, 2.0), rng.uniform(0.3, 2.0), rng.uniform(-0.7, 0.7))
    ]
    return cap.flatbed(cap.glass(items, glass_mm, DPI), rng, grey=grey)


def _photo_name(rng: random.Random) -> str:
    d = day_in(rng, dt.date(YEAR + 1, 1, 6), dt.date(YEAR + 1, 2, 20))
    t = f"{rng.randint(9, 18):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    return rng.choice(
        (
            f"IMG_{d:%Y%m%d}_{t}.jpg",
            f"微信图片_{d:%Y%m%d}{t}.jpg",
            f"mmexport{rng.randint(10**12, 10**13 - 1)}.jpg",
        )
    )


# --- the filings ----------------------------------------------------------------------------------


def tk01_horizontal_colour_clean(rng: random.Random, seed: int) -> Filing:
    """三证合一 横版 副本, colour flatbed scan, capital in 大写 万元, 营业期限 长期."""
    f = Filing("tk01_horizontal_colour_clean", seed, True)
    firm = _company(rng, county("特克斯县"))
    lic = _licence(rng, firm, layout="horizontal")
    sheet = lic.draw(rng)
    img = _flat(sheet, rng, (297, 210))
    name = rng.choice(("营业执照副本.pdf", "1、营业执照.pdf", "执照.pdf"))
    f.scanned_pdf(name, [(img, (297, 210), sheet.lines, "flatbed colour 200 dpi")], "Canon iR-ADV C3520 PDF")
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.declaration = ordinary(f, firm, rng)
    return f


def tk02_vertical_phone_sole_clean(rng: random.Random, seed: int) -> Filing:
    """竖版 副本 of a 个人独资企业 (投资人, no capital, no term), phone photo at an angle with glare and shadow."""
    f = Filing("tk02_vertical_phone_sole_clean", seed, True)
    c = county("昭苏县")
    firm = _company(
        rng, c, name=firm_name(rng, c, "信息技术服务中心", prefix=c.name), since=(2018, 2022), capital=False
    )
    lic = _licence(rng, firm, layout="vertical", kind="sole", company_type="个人独资企业")
    lic.has_term = False
    sheet = lic.draw(rng)
    glare = rng.choice(((0.34, 0.18), (0.66, 0.2), (0.5, 0.88), (0.75, 0.84)))
    img = cap.phone(sheet.pixels(160), rng, glare=glare, shadow=True, tilt=rng.uniform(0.07, 0.11))
    name = _photo_name(rng)
    f.image(name, img, sheet.lines, f"phone photo, perspective, glare at {glare}, arm shadow")
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.declaration = ordinary(f, firm, rng)
    return f


def tk03_old_licence_orgcode_clean(rng: random.Random, seed: int) -> Filing:
    """Pre-2015 企业法人营业执照 副本 (15-digit 注册号) with the 组织机构代码证 beside it, one grey photocopy page."""
    f = Filing("tk03_old_licence_orgcode_clean", seed, True)
    c = county("新源县")
    org = org_code(rng, new_style=False)
    firm = _company(rng, c, since=(2009, 2012))
    firm.code = credit_code(rng, c, org=org)
    wan = int((firm.capital or Decimal(0)) / 10000)
    paid = rng.choice([w for w in (30, 50, 100, 200) if w < wan] or [wan])
    issued = day_in(rng, dt.date(2013, 2, 1), dt.date(2013, 11, 30))
    lic = Licence(
        layout="old",
        copy="副本",
        kind="company",
        name=firm.name,
        code=None,
        company_type="有限责任公司（自然人投资或控股）",
        person=firm.person,
        established=firm.established,
        address=address(rng, c),
        scope=scope(rng, "old"),
        authority=f"{c.name}工商行政管理局",
        issued=issued,
        capital_text=f"人民币{wan_words(wan)}元",
        capital=firm.capital,
        paid_text=f"人民币{wan_words(paid)}元",
        term_end=_years(firm.established, 20) - dt.timedelta(days=1),
        reg_no=registration_number(rng, c),
    )
    sheet = lic.draw(rng)
    orgs = draw_org_code(
        firm.name,
        org,
        "企业法人",
        firm.person,
        lic.address,
        issued + dt.timedelta(days=rng.randint(5, 30)),
        f"{c.name}质量技术监督局",
        f"组代管{c.code}-{rng.randint(10**5, 10**6 - 1)}",
        rng,
    )
    left = scaled(sheet.pixels(DPI), 140 / 210)
    right = scaled(orgs.pixels(DPI), 138 / 210)
    canvas = cap.glass(
        [cap.Placed(left, 5, 4, rng.uniform(-0.6, 0.6)), cap.Placed(right, 152, 30, rng.uniform(-1.2, 1.2))],
        (297, 210),
        DPI,
    )
    img = cap.photocopy(canvas, rng)
    name = rng.choice(("营业执照及组织机构代码证.pdf", "证照复印件.pdf"))
    f.scanned_pdf(
        name,
        [(img, (297, 210), sheet.lines + orgs.lines, "grey photocopy, two papers on one A4")],
        "SHARP MX-M3158N",
    )
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.declaration = ordinary(f, firm, rng)
    return f


def tk04_foreign_branch_clean(rng: random.Random, seed: int) -> Filing:
    """横版 副本 of a 台港澳法人独资 company, capital in 万美元, dated term; its 分公司's 竖版 licence on page 2."""
    f = Filing("tk04_foreign_branch_clean", seed, True)
    c = county("巩留县")
    firm = _company(rng, c, since=(2016, 2019))
    usd = rng.choice((100, 200, 300, 500))
    rate = Decimal(str(round(rng.uniform(6.45, 6.95), 4)))
    firm.capital = (Decimal(usd * 10000) * rate).quantize(Decimal("0.01"))
    lic = _licence(
        rng,
        firm,
        layout="horizontal",
        company_type="有限责任公司（台港澳法人独资）",
        capital_text=rng.choice((f"{wan_words(usd)}美元", f"{usd}万美元")),
        term_end=_years(firm.established, 30) - dt.timedelta(days=1),
        issued_from=2019,
    )
    lic.capital = None  # a dollar capital has no yuan value to read off the licence
    sheet = lic.draw(rng)
    img1 = _flat(sheet, rng, (297, 210))
    nc = county("尼勒克县")
    branch_firm = Firm(
        nc,
        f"{firm.name}尼勒克分公司",
        credit_code(rng, nc),
        person(rng),
        None,
        day_in(rng, dt.date(2021, 3, 1), dt.date(2024, 6, 30)),
    )
    branch = _licence(
        rng,
        branch_firm,
        layout="vertical",
        kind="branch",
        company_type="有限责任公司分公司（台港澳法人独资）",
    )
    bsheet = branch.draw(rng)
    img2 = _flat(bsheet, rng, (210, 297))
    name = rng.choice(("营业执照（总公司及分公司）.pdf", "营业执照.pdf"))
    f.scanned_pdf(
        name,
        [
            (img1, (297, 210), sheet.lines, "flatbed colour"),
            (img2, (210, 297), bsheet.lines, "flatbed colour"),
        ],
        "EPSON DS-530",
    )
    _licence_doc(f, "D_licence", lic, name, 1, img1)
    _licence_doc(f, "D_branch", branch, name, 2, img2)
    f.declaration = ordinary(f, firm, rng)
    return f


def tk05_old_name_framed(rng: random.Random, seed: int) -> Filing:
    """The 正本 framed on the office wall, photographed; it still shows the name before the 2025 change."""
    f = Filing("tk05_old_name_framed", seed, False)
    c = county("特克斯县")
    trade = rng.choice(TRADE_WORDS)
    old = f"{c.name}{trade}电脑网络有限公司"
    new = f"新疆{trade}数智科技有限公司"
    firm = _company(rng, c, name=new, since=(2015, 2019))
    lic = _licence(rng, firm, layout="horizontal", copy="正本", style="2016", issued_from=2016)
    lic.name = old
    sheet = lic.draw(rng)
    img = cap.framed(sheet.pixels(130), rng)
    name = _photo_name(rng)
    f.image(name, img, sheet.lines, "phone photo of the framed 正本 on the wall, glass reflections")
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.finding(
        "LICENSE_NAME_MISMATCH",
        file=name,
        page=1,
        note=f"licence 名称 {old} (before the 2025 name change); declared {new}; code, representative, date agree",
    )
    f.declaration = ordinary(f, firm, rng)
    return f


def tk06_code_mismatch_with_id(rng: random.Random, seed: int) -> Filing:
    """Licence 副本 reduced onto one A4 with the 法定代表人's ID card; the form declares another company's code."""
    f = Filing("tk06_code_mismatch_with_id", seed, False)
    c = county("昭苏县")
    firm = _company(rng, c)
    lic = _licence(rng, firm, layout="horizontal")
    declared = credit_code(rng, c)
    sheet = lic.draw(rng)
    male = rng.random() < 0.7
    nation = "哈萨克" if firm.person in KAZAKH else "维吾尔" if firm.person in UYGHUR else "汉"
    born = day_in(rng, dt.date(1968, 1, 1), dt.date(1990, 12, 31))
    issued_id = day_in(rng, dt.date(2015, 1, 1), dt.date(2022, 12, 31))
    card = draw_id_card(
        firm.person,
        male,
        nation,
        born,
        address(rng, c),
        id_number(rng, c, born, male),
        f"{c.name}公安局",
        (issued_id, _years(issued_id, 20)),
        rng,
    )
    items = [
        cap.Placed(scaled(sheet.pixels(DPI), 196 / 297), 7, 10, rng.uniform(-0.5, 0.5)),
        cap.Placed(card.pixels(DPI), 10, 178, rng.uniform(-1.0, 1.0)),
    ]
    img = cap.flatbed(cap.glass(items, (210, 297), DPI), rng)
    name = rng.choice(("营业执照+法人身份证.pdf", "营业执照及法人身份证复印件.pdf"))
    f.scanned_pdf(
        name,
        [(img, (210, 297), sheet.lines + card.lines, "licence reduced to 66 % + ID card, colour")],
        "HP LaserJet MFP M232",
    )
    _licence_doc(f, "D_licence", lic, name, 1, img)
    firm.code = declared
    f.finding(
        "CREDIT_CODE_MISMATCH",
        file=name,
        page=1,
        note=f"licence {lic.code}, declared {declared} (another valid code)",
    )
    f.declaration = ordinary(f, firm, rng)
    return f


def tk07_partnership_bad_check(rng: random.Random, seed: int) -> Filing:
    """竖版 licence of a 有限合伙企业 (执行事务合伙人, 出资额, 合伙期限, 主要经营场所), phone photo; its code fails GB 32100."""
    f = Filing("tk07_partnership_bad_check", seed, False)
    c = county("巩留县")
    firm = _company(
        rng, c, name=firm_name(rng, c, "信息技术服务中心（有限合伙）", prefix=c.name), since=(2018, 2022)
    )
    firm.code = broken_code(rng, c)
    lic = _licence(rng, firm, layout="vertical", kind="partnership", company_type="有限合伙企业")
    sheet = lic.draw(rng)
    img = cap.phone(sheet.pixels(160), rng, glare=None, shadow=True, tilt=rng.uniform(0.04, 0.07))
    name = _photo_name(rng)
    f.image(name, img, sheet.lines, "phone photo, shadow, no glare")
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.finding(
        "CREDIT_CODE_INVALID",
        file=name,
        page=1,
        note=f"{firm.code}: wrong check character, no single OCR confusion repairs it; declared the same",
    )
    f.declaration = ordinary(f, firm, rng)
    return f


def tk08_expired_cut(rng: random.Random, seed: int) -> Filing:
    """横版 副本, grey scan with the paper hanging over the glass's bottom edge; 营业期限 ended in 2025."""
    f = Filing("tk08_expired_cut", seed, False)
    c = county("新源县")
    firm = _company(rng, c, new_code=False)
    firm.established = day_in(rng, dt.date(2005, 2, 1), dt.date(2005, 10, 31))
    end = _years(firm.established, 20) - dt.timedelta(days=1)
    lic = _licence(rng, firm, layout="horizontal", term_end=end, style="2016", issued_from=2016)
    sheet = lic.draw(rng)
    drop = rng.uniform(12, 16)
    canvas = cap.glass(
        [cap.Placed(sheet.pixels(DPI), rng.uniform(0.5, 2), drop, rng.uniform(-0.5, 0.5))], (297, 210), DPI
    )
    canvas = canvas[round(drop / 25.4 * DPI) :]
    canvas[-5:] = canvas[-5:] // 4
    img = cap.flatbed(canvas, rng, grey=True)
    name = rng.choice(("营业执照扫描件.pdf", "SCAN0427.pdf"))
    f.scanned_pdf(
        name,
        [(img, (297, 210 - drop), sheet.lines, f"grey flatbed, bottom {drop:.0f} mm of the paper lost")],
        "RICOH IM 2702",
    )
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.finding("LICENSE_EXPIRED", file=name, page=1, note=f"营业期限 至 {end.isoformat()}")
    f.declaration = ordinary(f, firm, rng)
    return f


def tk09_representative_watermark(rng: random.Random, seed: int) -> Filing:
    """竖版 副本 colour scan stamped 仅供…资质年检使用 across the fields; it names the former 法定代表人."""
    f = Filing("tk09_representative_watermark", seed, False)
    c = county("尼勒克县")
    firm = _company(rng, c, since=(2017, 2020))
    lic = _licence(rng, firm, layout="vertical")
    former = person(rng)
    while former == firm.person:
        former = person(rng)
    lic.person = former
    sheet = lic.draw(rng)
    img = cap.watermark(_flat(sheet, rng, (210, 297)), WATERMARK, rng)
    name = rng.choice(("营业执照（水印）.pdf", "营业执照-年检专用.pdf"))
    f.scanned_pdf(
        name, [(img, (210, 297), sheet.lines, f"colour scan, watermark {WATERMARK}")], "Canon DR-C225"
    )
    _licence_doc(f, "D_licence", lic, name, 1, img)
    f.finding(
        "LICENSE_FIELD_MISMATCH",
        file=name,
        page=1,
        note=f"licence 法定代表人 {former}, declared {firm.person}",
    )
    f.declaration = ordinary(f, firm, rng)
    return f


def tk10_bank_permit_not_licence(rng: random.Random, seed: int) -> Filing:
    """No licence: the file named 营业执照.jpg is a photo of the 开户许可证."""
    f = Filing("tk10_bank_permit_not_licence", seed, False)
    c = county("尼勒克县")
    firm = _company(rng, c, since=(2013, 2018))
    bank = rng.choice(
        (
            f"中国农业银行股份有限公司{c.name}支行",
            f"新疆{c.name[:-1]}农村商业银行股份有限公司营业部",
            f"中国建设银行股份有限公司{c.name}支行",
        )
    )
    account = " ".join(str(rng.randint(1000, 9999)) for _ in range(4)) + f" {rng.randint(100, 999)}"
    permit = draw_bank_permit(
        firm.name,
        firm.person,
        bank,
        account,
        f"J{rng.randint(8980, 8989)}{rng.randint(10**8, 10**9 - 1)}01",
        f"{rng.randint(8900, 8990)}-{rng.randint(10**7, 10**8 - 1)}",
        "中国人民银行伊犁哈萨克自治州中心支行",
        day_in(rng, max(firm.established, dt.date(2016, 1, 1)), dt.date(2019, 6, 30)),
        rng,
    )
    img = cap.phone(
        permit.pixels(180), rng, glare=rng.choice(((0.3, 0.3), (0.7, 0.72))), shadow=True, tilt=0.06
    )
    name = "营业执照.jpg"
    f.image(name, img, permit.lines, "phone photo of the 开户许可证")
    f.document("D_permit", "other", name, [1], {}, scanned=True)
    f.finding(
        "LICENSE_MISSING",
        note="the only certificate uploaded is the 开户许可证, in a file named 营业执照.jpg",
    )
    f.declaration = ordinary(f, firm, rng)
    return f


SCENARIOS: list[Callable[[random.Random, int], Filing]] = [
    tk01_horizontal_colour_clean,
    tk02_vertical_phone_sole_clean,
    tk03_old_licence_orgcode_clean,
    tk04_foreign_branch_clean,
    tk05_old_name_framed,
    tk06_code_mismatch_with_id,
    tk07_partnership_bad_check,
    tk08_expired_cut,
    tk09_representative_watermark,
    tk10_bank_permit_not_licence,
]
