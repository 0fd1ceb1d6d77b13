"""The ten filings: which paper reaches the reviewer through which phone path, and what is planted where."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from . import papers, phone
from .filing import Filing
from .sheet import Sheet
from .world import AUDIT_FIRMS, COUNTIES, Deal, make_clients, make_deal, make_firm, person

WM = ["仅供年检使用", "仅供资质年检使用"]


def _filing(name: str, seed: int, county: str, n_projects: int, clean: bool, itemised: bool = True) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, county)
    clients = rng.sample(make_clients(county), n_projects)
    deals = [make_deal(rng, f"P{i}", c, itemised=itemised) for i, c in enumerate(clients, 1)]
    for d in deals:
        d.extras["a_rep"] = person(rng)
        d.extras["b_rep"] = person(rng)
    f = Filing(name, seed, rng, firm, deals, clean)
    f.stamp = dt.datetime(
        2026, rng.randint(2, 3), rng.randint(1, 27), rng.randint(9, 19), rng.randint(0, 59), 0
    )
    return f


def _imgs(sheets: list[Sheet]) -> list:  # type: ignore[type-arg]
    return [s.img for s in sheets]


# -- the paths a paper takes -------------------------------------------------------------------------------


def via_long(
    f: Filing, sheets: list[Sheet], app: str, title: str, recompress: bool = False
) -> tuple[str, object, int | None]:
    img = phone.long_screenshot(_imgs(sheets), app, title, f.rng, f.clock())
    if recompress:
        img, q = phone.chat_recompress(img, f.rng)
        return f.name_mmexport(), img, q
    return f.name_screenshot(app, "png"), img, None


def via_screen(
    f: Filing, sheets: list[Sheet], app: str, title: str, recompress: bool = False
) -> tuple[str, object, int | None]:
    img = phone.screenshot(_imgs(sheets), app, title, f.rng, f.clock())
    if recompress:
        img, q = phone.chat_recompress(img, f.rng)
        return f.name_mmexport(), img, q
    return f.name_screenshot(app), img, f.rng.randint(88, 95)


def via_monitor(f: Filing, sheets: list[Sheet]) -> tuple[str, object, int | None]:
    return f.name_camera(), phone.monitor_photo(sheets[0].img, f.rng), f.rng.randint(82, 90)


def via_desk(f: Filing, sheets: list[Sheet], recompress: bool = False) -> tuple[str, object, int | None]:
    img = phone.desk_photo(sheets[0].img, f.rng, fingers=True)
    if recompress:
        img, q = phone.chat_recompress(img, f.rng)
        return f.name_mmexport(), img, q
    return f.name_camera(), img, f.rng.randint(84, 92)


Path_ = Callable[..., tuple[str, object, int | None]]


def put(f: Filing, route: tuple[str, object, int | None], sheets: list[Sheet], doc_type: str, fields: dict,  # type: ignore[type-arg]
        project: str | None, device: str, wm: str | None = None, red: bool = False) -> str:  # fmt: skip
    file, img, q = route
    f.add(file, img, q, doc_type, fields, sheets, project, device, watermark=wm, red=red)  # type: ignore[arg-type]
    return file


def licence(f: Filing, how: str, wm: bool = True) -> str:
    sheets, fields = papers.licence(f.firm, f.rng)
    route = (
        via_desk(f, sheets)
        if how == "desk"
        else via_monitor(f, sheets)
        if how == "monitor"
        else via_screen(f, sheets, "wechat", "营业执照副本.jpg")
    )
    return put(f, route, sheets, "business_license", fields, None, how, f.rng.choice(WM) if wm else None)


def audit(f: Filing, decl: dict, recompress: bool = False) -> str:  # type: ignore[type-arg]
    fin = {k: Decimal(v) for k, v in decl["finance"][0].items() if k != "year"}
    sheets, fields = papers.audit(f.firm, 2025, fin, f.rng.choice(AUDIT_FIRMS), f.rng)
    route = via_long(f, sheets, "wechat", "2025年度审计报告.pdf", recompress)
    return put(f, route, sheets, "audit_report", fields, None, "long")


def contract(f: Filing, d: Deal, app: str = "wechat", recompress: bool = False, wm: str | None = None,
             red: bool = False, sealed: bool = True) -> str:  # fmt: skip
    sheets, fields = papers.contract(d, f.firm, f.rng, sealed)
    route = via_long(f, sheets, app, f"{d.name[-10:]}合同.pdf", recompress)
    return put(f, route, sheets, "contract", fields, d.pid, "long", wm, red)


def accept(
    f: Filing, d: Deal, how: str, party_b: str | None = None, sealed: bool = True, wm: str | None = None
) -> str:
    two = how in ("long", "two")
    sheets, fields = papers.acceptance(d, party_b or f.firm.name, f.rng, sealed, two_pages=two)
    if how == "long":
        route = via_long(f, sheets, "dingtalk", "项目验收报告.pdf")
    elif how == "two":
        route = via_screen(f, sheets, "wps", "验收报告.pdf")
    elif how == "monitor":
        route = via_monitor(f, sheets)
    elif how == "desk":
        route = via_desk(f, sheets)
    else:
        route = via_screen(f, sheets, "wechat", "验收报告.pdf", recompress=how == "chat")
    return put(f, route, sheets, "acceptance_report", fields, d.pid, how, wm)


def invoice(f: Filing, d: Deal, share: Decimal, how: str = "chat") -> str:
    total = (d.amount * share).quantize(Decimal("0.01"))
    issued = min(d.accepted + dt.timedelta(days=f.rng.randint(3, 20)), dt.date(2025, 12, 28))
    sheets, fields = papers.invoice(d, f.firm, total, issued, f.rng)
    route = (
        via_desk(f, sheets, recompress=True)
        if how == "desk"
        else via_screen(f, sheets, "wechat", "发票.pdf", True)
    )
    return put(f, route, sheets, "invoice", fields, d.pid, how)


# -- the filings --------------------------------------------------------------------------------------------


def sh01_long_clean(seed: int) -> Filing:
    f = _filing("sh01_long_clean", seed, "莎车县", 2, True)
    decl = f.declaration()
    licence(f, "desk")
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wechat", wm=f.rng.choice(WM))
    accept(f, p1, "long")
    contract(f, p2, "dingtalk")
    invoice(f, p2, Decimal("0.30"))
    invoice(f, p2, Decimal("0.65"))
    return f


def sh02_app_clean(seed: int) -> Filing:
    f = _filing("sh02_app_clean", seed, "叶城县", 2, True)
    decl = f.declaration()
    licence(f, "monitor")
    audit(f, decl, recompress=True)
    p1, p2 = f.deals
    contract(f, p1, "dingtalk", recompress=True)
    accept(f, p1, "screen")
    contract(f, p2, "wps")
    accept(f, p2, "chat")
    return f


def sh03_photo_clean(seed: int) -> Filing:
    f = _filing("sh03_photo_clean", seed, "泽普县", 2, True)
    decl = f.declaration()
    licence(f, "desk", wm=False)
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wechat", recompress=True)
    accept(f, p1, "monitor")
    invoice(f, p1, Decimal("0.95"), how="desk")
    contract(f, p2, "wechat")
    accept(f, p2, "desk")
    return f


def sh04_watermark_clean(seed: int) -> Filing:
    f = _filing("sh04_watermark_clean", seed, "麦盖提县", 2, True)
    f.xlsx = True
    decl = f.declaration()
    licence(f, "screen", wm=True)
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wechat", wm="仅供资质年检使用", red=True)
    accept(f, p1, "two", wm="仅供资质年检使用")
    contract(f, p2, "dingtalk", wm="仅供年检使用", red=True)
    invoice(f, p2, Decimal("0.90"))
    return f


def sh05_other_firm_acceptance(seed: int) -> Filing:
    f = _filing("sh05_other_firm_acceptance", seed, "巴楚县", 2, False)
    decl = f.declaration()
    licence(f, "desk")
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wechat")
    other = make_firm(random.Random(seed + 99), "巴楚县").name
    while other == f.firm.name:
        other = "喀什" + other
    file = accept(f, p1, "long", party_b=other)
    f.plant("PARTY_MISMATCH", file, "P1", f"the acceptance 长截图 names 承建单位 {other}, another firm")
    contract(f, p2, "dingtalk")
    accept(f, p2, "screen")
    return f


def sh06_amount_differs(seed: int) -> Filing:
    f = _filing("sh06_amount_differs", seed, "莎车县", 2, False, itemised=False)
    p1, p2 = f.deals
    delta = Decimal(f.rng.randint(8, 30) * 10000)
    hw = p1.fees["hardware_purchase"] + delta
    f.declared["P1"] = {
        "fees": {"hardware_purchase": f"{hw:.2f}"},
        "contract_amount": f"{p1.amount + delta:.2f}",
    }
    decl = f.declaration()
    licence(f, "monitor")
    audit(f, decl)
    file = contract(f, p1, "wechat", recompress=True)
    f.plant(
        "AMOUNT_MISMATCH",
        file,
        "P1",
        f"the contract screenshot prints {p1.amount}; the row declares {p1.amount + delta}",
    )
    accept(f, p1, "chat")
    contract(f, p2, "wechat")
    invoice(f, p2, Decimal("0.95"))
    return f


def sh07_acceptance_2024(seed: int) -> Filing:
    f = _filing("sh07_acceptance_2024", seed, "叶城县", 2, False)
    p1, p2 = f.deals
    p1.signed = dt.date(2024, f.rng.randint(6, 8), f.rng.randint(1, 28))
    p1.accepted = dt.date(2024, 12, f.rng.randint(2, 27))
    decl = f.declaration()
    licence(f, "desk")
    audit(f, decl)
    contract(f, p1, "wechat")
    file = accept(f, p1, "desk")
    f.plant(
        "ACCEPTANCE_OUT_OF_PERIOD",
        file,
        "P1",
        f"the photographed acceptance is dated {p1.accepted} (declared so)",
    )
    contract(f, p2, "dingtalk")
    accept(f, p2, "chat")
    return f


def sh08_unsealed_acceptance(seed: int) -> Filing:
    f = _filing("sh08_unsealed_acceptance", seed, "泽普县", 2, False)
    decl = f.declaration()
    licence(f, "screen")
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wps")
    file = accept(f, p1, "monitor", sealed=False)
    f.plant(
        "SEAL_MISSING", file, "P1", "acceptance on a monitor photo: signatures, both （盖章） places empty"
    )
    contract(f, p2, "wechat")
    invoice(f, p2, Decimal("0.95"), how="desk")
    return f


def sh09_licence_expired(seed: int) -> Filing:
    f = _filing("sh09_licence_expired", seed, "麦盖提县", 2, False)
    f.firm.established = dt.date(2005, f.rng.randint(3, 10), f.rng.randint(1, 28))
    f.firm.valid_until = dt.date(2025, f.rng.randint(3, 9), f.rng.randint(1, 28))
    decl = f.declaration()
    file = licence(f, "desk")
    f.plant("LICENSE_EXPIRED", file, None, f"the photographed licence's 营业期限 ends {f.firm.valid_until}")
    audit(f, decl)
    p1, p2 = f.deals
    contract(f, p1, "wechat")
    accept(f, p1, "long")
    contract(f, p2, "wechat", recompress=True)
    accept(f, p2, "screen")
    return f


def sh10_invoice_over(seed: int) -> Filing:
    f = _filing("sh10_invoice_over", seed, "巴楚县", 1, False)
    decl = f.declaration()
    licence(f, "monitor")
    audit(f, decl)
    (p1,) = f.deals
    contract(f, p1, "dingtalk")
    accept(f, p1, "chat")
    invoice(f, p1, Decimal("0.60"))
    file = invoice(f, p1, Decimal("0.55"))
    f.plant(
        "INVOICE_EXCEEDS_CONTRACT",
        None,
        "P1",
        f"two forwarded invoices add to 115 % of the contract (second: {file})",
    )
    return f


SCENARIOS: list[Callable[[int], Filing]] = [
    sh01_long_clean,
    sh02_app_clean,
    sh03_photo_clean,
    sh04_watermark_clean,
    sh05_other_firm_acceptance,
    sh06_amount_differs,
    sh07_acceptance_2024,
    sh08_unsealed_acceptance,
    sh09_licence_expired,
    sh10_invoice_over,
]

assert all(c in COUNTIES for c in ["莎车县", "叶城县", "泽普县", "麦盖提县", "巴楚县"])
