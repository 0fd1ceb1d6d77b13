"""The ten filings: four clean (bilingual papers as they come, honest look-alikes included) and six with one
planted problem each, where the Chinese text says something the declaration does not."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from . import papers_deal, papers_firm
from .capture import draw_scan
from .facts import YEAR, Deal, Firm, declaration, hundreds, make_books, make_deal, make_firm, replace
from .filing import Filing
from .numerals import ug_words
from .papers_deal import Look
from .world import PLACES, TRADES, TRADES_OLD, TRADES_OLD_UG, client, place_named

TAGS = {"新源县": "XYCG", "巩留县": "GLCG", "伊宁市": "YNCG", "奎屯市": "KTCG"}
UNITS_COMMON = (
    "教育局",
    "人民医院",
    "自然资源局",
    "公安局",
    "水利局",
    "融媒体中心",
    "市场监督管理局",
    "农业农村局",
    "第一中学",
)


def _deal(rng: random.Random, pid: str, place_zh: str, unit: str, **kw) -> Deal:
    return make_deal(rng, pid, place_named(place_zh), unit, tag=TAGS[place_zh], **kw)


def _start(name: str, seed: int, index: int, *, trade: int | None = None) -> tuple[Filing, Firm]:
    rng = random.Random(seed * 1000 + index)
    filing = Filing(name, seed, rng)
    firm = make_firm(rng, rng.choice(PLACES), trade_index=trade)
    return filing, firm


def _two_deals(rng: random.Random, places: tuple[str, str] | None = None, **kw) -> list[Deal]:
    chosen = places or (rng.choice(PLACES).zh, rng.choice(PLACES).zh)
    units = rng.sample(UNITS_COMMON, 2)
    return [
        _deal(rng, "P1", chosen[0], units[0], itemised=kw.get("itemised", (False, False))[0]),
        _deal(rng, "P2", chosen[1], units[1], itemised=kw.get("itemised", (False, False))[1]),
    ]


def _folder(deal: Deal, n: int) -> str:
    return f"项目{n}_{deal.client.zh}"


def _firm_papers(
    f: Filing, firm: Firm, deals: list[Deal], *, licence_file: str, licence_scan, audit_scan, **licence_kw
):
    """Licence and audit report attached; returns (licence paper, books)."""
    books = make_books(f.rng, deals)
    lic = papers_firm.licence(f.rng, firm, **licence_kw)
    f.attach(licence_file, [lic], licence_scan)
    audit = papers_firm.audit_report(f.rng, firm, books)
    f.attach(f"财务/{YEAR}年度审计报告.pdf", [audit], audit_scan)
    return lic, books


# ------------------------------------------------------------------ clean


def xy01_text_bilingual_clean(seed: int, index: int) -> Filing:
    f, firm = _start("xy01_text_bilingual_clean", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(True, False))
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照副本.jpg",
        licence_scan=draw_scan(rng, colour=True, dpi=(200, 250)),
        audit_scan=None,
    )
    p1, p2 = deals
    look1 = Look(date_style="padded")
    f.attach(
        f"{_folder(p1, 1)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p1, look1), papers_deal.acceptance(rng, firm, p1, look1)],
    )
    look2 = Look(letterhead=False, ug_date_style="month")
    f.attach(f"{_folder(p2, 2)}/合同关键页.pdf", [papers_deal.contract(rng, firm, p2, look2)])
    f.attach(
        f"{_folder(p2, 2)}/验收报告.pdf",
        [papers_deal.acceptance(rng, firm, p2, replace(look2, letterhead=True))],
    )
    f.declaration = declaration(firm, books, deals)
    f.story = (
        "Born-digital bilingual contracts and acceptances (e-seals), colour licence scan; everything agrees."
    )
    return f


def xy02_grey_scans_clean(seed: int, index: int) -> Filing:
    f, firm = _start("xy02_grey_scans_clean", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(False, True))
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照.pdf",
        licence_scan=draw_scan(rng, colour=False, dpi=(300, 300)),
        audit_scan=draw_scan(rng, colour=False, dpi=(200, 200)),
        capital_style="figures",
    )
    p1, p2 = deals
    look = Look(date_style="hanzi")
    f.attach(
        f"{_folder(p1, 1)}/扫描件.pdf",
        [
            papers_deal.contract(rng, firm, p1, look),
            papers_deal.acceptance(rng, firm, p1, replace(look, date_style="plain")),
        ],
        draw_scan(rng, colour=False, dpi=(240, 250)),
    )
    f.attach(
        f"{_folder(p2, 2)}/合同.pdf",
        [papers_deal.contract(rng, firm, p2, Look())],
        draw_scan(rng, colour=False),
    )
    f.attach(
        f"{_folder(p2, 2)}/验收报告.jpg",
        [papers_deal.acceptance(rng, firm, p2, Look())],
        draw_scan(rng, colour=True),
    )
    f.declaration = declaration(firm, books, deals)
    f.story = "Every attachment scanned (grey 200–300 dpi, one colour JPEG); 大写 capital on the licence in figures."
    return f


def xy03_lookalikes_clean(seed: int, index: int) -> Filing:
    translated = [i for i, t in enumerate(TRADES) if t[1] != t[2]]
    rng0 = random.Random(seed * 1000 + index + 500)
    f, firm = _start("xy03_lookalikes_clean", seed, index, trade=rng0.choice(translated))
    rng = f.rng
    deals = _two_deals(rng, itemised=(False, False))
    p1, p2 = deals
    p1.accepted = min(p1.accepted, dt.date(YEAR, 11, 30))
    first_look = p1.accepted - dt.timedelta(days=rng.randint(9, 20))
    if first_look <= p1.signed:
        p1.accepted = p1.signed + dt.timedelta(days=40)
        first_look = p1.signed + dt.timedelta(days=25)
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照副本.pdf",
        licence_scan=draw_scan(rng, colour=True),
        audit_scan=None,
        ug_name=firm.ug_alt,
    )
    look1 = Look(date_style="hanzi", ug_date_style="month", firm_ug=firm.ug)
    c1 = papers_deal.contract(rng, firm, p1, look1, second_amount="figures:" + f"{p1.amount:,.2f}")
    a1 = papers_deal.acceptance(rng, firm, p1, replace(look1, date_style="padded"), recheck_of=first_look)
    f.attach(f"{_folder(p1, 1)}/合同、验收.pdf", [c1, a1], draw_scan(rng, colour=True, dpi=(250, 250)))
    look2 = Look(firm_ug=firm.ug_alt)
    f.attach(
        f"{_folder(p2, 2)}/合同及验收.pdf",
        [papers_deal.contract(rng, firm, p2, look2), papers_deal.acceptance(rng, firm, p2, look2)],
    )
    f.declaration = declaration(firm, books, deals)
    f.story = (
        "Look-alikes: the licence renders the trade name in Uyghur by translation, the seals and P1's papers by "
        "transliteration; P1's Uyghur price clause repeats the price in figures; P1's acceptance is a 复验 that "
        "mentions the 初验 date and its 整改 items and passes; every acceptance prints an unticked ☐不同意验收，整改后复验."
    )
    return f


def xy04_kazakh_ili_clean(seed: int, index: int) -> Filing:
    f, firm = _start("xy04_kazakh_ili_clean", seed, index)
    rng = f.rng
    deals = _two_deals(rng, places=("新源县", "巩留县"), itemised=(True, False))
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照.jpg",
        licence_scan=draw_scan(rng, colour=True, dpi=(200, 240)),
        audit_scan=draw_scan(rng, colour=True, dpi=(200, 200)),
    )
    p1, p2 = deals
    kk = Look(lang="kk")
    f.attach(f"{_folder(p1, 1)}/合同.pdf", [papers_deal.contract(rng, firm, p1, kk)])
    f.attach(
        f"{_folder(p1, 1)}/验收报告.jpg",
        [papers_deal.acceptance(rng, firm, p1, kk)],
        draw_scan(rng, colour=True),
    )
    kk2 = Look(lang="kk", letterhead=False, date_style="padded")
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告扫描件.pdf",
        [
            papers_deal.contract(rng, firm, p2, kk2),
            papers_deal.acceptance(rng, firm, p2, replace(kk2, letterhead=True)),
        ],
        draw_scan(rng, colour=False),
    )
    f.declaration = declaration(firm, books, deals)
    f.story = "Clients of 新源县 and 巩留县 (伊犁哈萨克自治州) print Kazakh in Arabic script beside the Chinese; licence in Uyghur."
    return f


# ------------------------------------------------------------------ planted


def xy05_amount_chinese_changed(seed: int, index: int) -> Filing:
    f, firm = _start("xy05_amount_chinese_changed", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(False, True))
    p1, p2 = deals
    _, books = _firm_papers(
        f, firm, deals, licence_file="营业执照.jpg", licence_scan=draw_scan(rng), audit_scan=None
    )
    declared_amount = hundreds(float(p1.amount) * rng.uniform(1.06, 1.14))
    surplus = declared_amount - p1.amount
    declared_p1 = replace(
        p1,
        amount=declared_amount,
        fees={**p1.fees, "hardware_purchase": p1.fees["hardware_purchase"] + surplus},
    )
    look = Look()
    c1 = papers_deal.contract(rng, firm, p1, look, second_amount=ug_words(declared_amount))
    f.attach(f"{_folder(p1, 1)}/合同及验收报告.pdf", [c1, papers_deal.acceptance(rng, firm, p1, look)])
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告.pdf",
        [
            papers_deal.contract(rng, firm, p2, Look(letterhead=False)),
            papers_deal.acceptance(rng, firm, p2, Look()),
        ],
        draw_scan(rng, colour=False),
    )
    f.declaration = declaration(firm, books, [declared_p1, p2])
    f.plant(
        "AMOUNT_MISMATCH",
        c1,
        1,
        f"P1's contract states 人民币（大写）{c1.fields['amount_in_words']} / ¥{p1.amount:,.2f}; the row declares "
        f"{declared_amount:.2f}, which only the Uyghur price clause under it still states (in Uyghur words); the "
        "contract says the Chinese text prevails",
        chinese=str(p1.amount),
        declared=str(declared_amount),
        second=str(declared_amount),
    )
    f.story = "The Chinese price was lowered; the Uyghur clause kept the old (declared) price in words."
    return f


def xy06_party_a_other_unit(seed: int, index: int) -> Filing:
    f, firm = _start("xy06_party_a_other_unit", seed, index)
    rng = f.rng
    place = rng.choice(PLACES).zh
    declared_unit, printed_unit = rng.choice(
        (("人民医院", "疾病预防控制中心"), ("教育局", "第一中学"), ("自然资源局", "农业农村局"))
    )
    p1 = _deal(rng, "P1", place, printed_unit)
    p2 = _deal(
        rng, "P2", rng.choice(PLACES).zh, rng.choice(("水利局", "融媒体中心", "公安局")), itemised=True
    )
    declared_client = client(place_named(place), declared_unit)
    _, books = _firm_papers(
        f, firm, [p1, p2], licence_file="营业执照副本.pdf", licence_scan=draw_scan(rng), audit_scan=None
    )
    look = Look(letterhead=False)
    c1 = papers_deal.contract(rng, firm, p1, look, party_a_second=declared_client.ug)
    a1 = papers_deal.acceptance(rng, firm, p1, Look())
    f.attach(f"{_folder(p1, 1)}/合同及验收.pdf", [c1, a1], draw_scan(rng, colour=False, dpi=(250, 250)))
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p2, Look()), papers_deal.acceptance(rng, firm, p2, Look())],
    )
    f.declaration = declaration(firm, books, [replace(p1, client=declared_client), p2])
    f.plant(
        "PARTY_MISMATCH",
        c1,
        1,
        f"P1's contract names 甲方 {p1.client.zh} (and is sealed and accepted by it); the row declares "
        f"{declared_client.zh}, whose Uyghur name alone is printed under the Chinese 甲方 line",
        printed=p1.client.zh,
        declared=declared_client.zh,
        second=declared_client.ug,
    )
    f.story = (
        "The supplier's template kept the bureau's Uyghur name under a 甲方 line that names another unit."
    )
    return f


def xy07_acceptance_date_changed(seed: int, index: int) -> Filing:
    f, firm = _start("xy07_acceptance_date_changed", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(False, False))
    p1, p2 = deals
    p1.accepted = min(p1.accepted, dt.date(YEAR, 10, 31))
    printed = p1.accepted + dt.timedelta(days=rng.randint(28, 45))
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照.jpg",
        licence_scan=draw_scan(rng, colour=True),
        audit_scan=draw_scan(rng, colour=False),
    )
    look = Look(date_style="padded")
    a1 = papers_deal.acceptance(rng, firm, p1, look, printed_date=printed, second_date=p1.accepted)
    f.attach(
        f"{_folder(p1, 1)}/合同+验收.pdf",
        [papers_deal.contract(rng, firm, p1, look), a1],
        draw_scan(rng, colour=True),
    )
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p2, Look()), papers_deal.acceptance(rng, firm, p2, Look())],
    )
    f.declaration = declaration(firm, books, deals)
    f.plant(
        "DATE_MISMATCH",
        a1,
        1,
        f"P1's acceptance is dated {printed.isoformat()} in Chinese (验收日期 and under both seals); the row declares "
        f"{p1.accepted.isoformat()}, the date only the Uyghur date line under 验收日期 still states",
        chinese=printed.isoformat(),
        declared=p1.accepted.isoformat(),
        second=p1.accepted.isoformat(),
    )
    f.story = "The acceptance was re-dated in Chinese; the Uyghur date line kept the declared date."
    return f


def xy08_licence_old_name(seed: int, index: int) -> Filing:
    f, firm = _start("xy08_licence_old_name", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(True, False))
    old_trade = rng.choice(TRADES_OLD)
    old_name = f"{firm.place.zh}{old_trade}电脑科技有限公司"
    old_ug = f"{firm.place.ug} {TRADES_OLD_UG[old_trade]} كومپيۇتېر پەن-تېخنىكا چەكلىك شىركىتى"
    lic, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照副本.jpg",
        licence_scan=draw_scan(rng, colour=True),
        audit_scan=None,
        name=old_name,
        ug_name=old_ug,
    )
    p1, p2 = deals
    f.attach(
        f"{_folder(p1, 1)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p1, Look()), papers_deal.acceptance(rng, firm, p1, Look())],
    )
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告.pdf",
        [
            papers_deal.contract(rng, firm, p2, Look(date_style="hanzi")),
            papers_deal.acceptance(rng, firm, p2, Look()),
        ],
        draw_scan(rng, colour=False),
    )
    f.declaration = declaration(firm, books, deals)
    f.plant(
        "LICENSE_NAME_MISMATCH",
        lic,
        1,
        f"the licence names {old_name} (Uyghur line: the same old name); the enterprise declares {firm.name}; "
        "code, representative, capital and date agree",
        printed=old_name,
        declared=firm.name,
    )
    f.story = "The licence uploaded is the one issued before the change of name."
    return f


def xy09_acceptance_rectify(seed: int, index: int) -> Filing:
    f, firm = _start("xy09_acceptance_rectify", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(False, True))
    p1, p2 = deals
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照.pdf",
        licence_scan=draw_scan(rng, colour=False),
        audit_scan=None,
    )
    look = Look()
    a1 = papers_deal.acceptance(rng, firm, p1, look, passed=False)
    f.attach(
        f"{_folder(p1, 1)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p1, look), a1],
        draw_scan(rng, colour=False),
    )
    f.attach(
        f"{_folder(p2, 2)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p2, Look()), papers_deal.acceptance(rng, firm, p2, Look())],
    )
    f.declaration = declaration(firm, books, deals)
    f.plant(
        "ACCEPTANCE_NOT_PASSED",
        a1,
        1,
        "P1's acceptance: ☑不同意验收，整改后复验, the Chinese opinion lists three defects and asks for 整改 within 30 days "
        "(the Uyghur opinion says the same); sealed by both parties; declared as accepted on that date",
    )
    f.story = "The acceptance report filed for P1 is the failed first inspection."
    return f


def xy10_contract_unsealed(seed: int, index: int) -> Filing:
    f, firm = _start("xy10_contract_unsealed", seed, index)
    rng = f.rng
    deals = _two_deals(rng, itemised=(True, False))
    p1, p2 = deals
    _, books = _firm_papers(
        f,
        firm,
        deals,
        licence_file="营业执照副本.jpg",
        licence_scan=draw_scan(rng),
        audit_scan=draw_scan(rng, colour=True),
    )
    f.attach(
        f"{_folder(p1, 1)}/合同及验收报告.pdf",
        [papers_deal.contract(rng, firm, p1, Look()), papers_deal.acceptance(rng, firm, p1, Look())],
        draw_scan(rng, colour=True),
    )
    look = Look(letterhead=False, date_style="padded")
    c2 = papers_deal.contract(rng, firm, p2, look, sealed=False)
    f.attach(f"{_folder(p2, 2)}/合同.pdf", [c2], draw_scan(rng, colour=True, dpi=(300, 300)))
    f.attach(
        f"{_folder(p2, 2)}/验收报告.pdf",
        [papers_deal.acceptance(rng, firm, p2, Look())],
        draw_scan(rng, colour=True),
    )
    f.declaration = declaration(firm, books, deals)
    f.plant(
        "SEAL_MISSING",
        c2,
        2,
        "P2's contract signature page: both representatives signed and dated, neither party sealed (no letterhead, no "
        "seal anywhere on the contract); the acceptance is sealed by both",
    )
    f.story = "A contract signed but never stamped."
    return f


SCENARIOS: tuple[Callable[[int, int], Filing], ...] = (
    xy01_text_bilingual_clean,
    xy02_grey_scans_clean,
    xy03_lookalikes_clean,
    xy04_kazakh_ili_clean,
    xy05_amount_chinese_changed,
    xy06_party_a_other_unit,
    xy07_acceptance_date_changed,
    xy08_licence_old_name,
    xy09_acceptance_rectify,
    xy10_contract_unsealed,
)
