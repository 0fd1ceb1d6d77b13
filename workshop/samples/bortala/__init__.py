"""bortala: ten independent sample submissions from the Bortala prefecture (博乐市, 阿拉山口市, 精河县, 温泉县).

``generate(out, seed, only)`` writes ``OUT/<scenario>/submission/`` and ``OUT/<scenario>/truth.json``.
Each scenario draws from ``random.Random(seed * 1000 + index)``; the planted causes do not depend on the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from . import docs, money, people, scanner
from .build import Builder
from .docs import Deal, Firm

YEAR = 2025

SCENARIOS: list[tuple[str, dict]] = [
    ("bl01_grid_spaces", dict(amount="space", grid="合同要素表", quotation=True, acc="bound", lic="flat")),
    (
        "bl02_page_images",
        dict(amount="rmb", grid="合同信息表", images=True, acc=None, invoice=True, lic="crop"),
    ),
    (
        "bl03_wanyuan",
        dict(amount="wan", grid="合同要素表", acc="desk", words=("通过", "不通过"), lic="desk", fen=True),
    ),
    (
        "bl04_brackets",
        dict(amount="plain", grid="合同信息表", group=True, scan="grey", acc="heavy", lic="flat"),
    ),
    (
        "bl05_amount",
        dict(amount="space", grid="合同要素表", acc="bound", lic="flat", plant=["AMOUNT_MISMATCH"]),
    ),
    (
        "bl06_party_date",
        dict(amount="rmb", grid="合同要素表", acc="heavy", plant=["PARTY_MISMATCH", "DATE_MISMATCH"]),
    ),
    (
        "bl07_not_passed",
        dict(amount="plain", grid="合同信息表", short=True, acc="desk", plant=["ACCEPTANCE_NOT_PASSED"]),
    ),
    (
        "bl08_expired_audit",
        dict(amount="wan", short=True, acc="bound", plant=["LICENSE_EXPIRED", "AUDIT_FIGURE_MISMATCH"]),
    ),
    (
        "bl09_clone_noseal",
        dict(amount="space", grid="合同要素表", acc="heavy", plant=["IMAGE_TAMPERED", "SEAL_MISSING"]),
    ),
    (
        "bl10_qr",
        dict(amount="rmb", grid="合同信息表", acc=None, invoice=True, scan="grey", plant=["QR_MISMATCH"]),
    ),
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, spec) in enumerate(SCENARIOS, start=1):
        if only and name not in only:
            continue
        written.append(_scenario(out, name, spec, seed, random.Random(seed * 1000 + index)))
    return written


def _declared_name(name: str) -> str:
    return name.replace("（", "(").replace("）", ")")


def _finance(rng: random.Random, f: Firm) -> dict:
    def one(revenue: Decimal) -> dict:
        r = {"revenue": revenue, "si": (revenue * Decimal(rng.uniform(0.55, 0.85))).quantize(Decimal("0.01"))}
        r["cost"] = (revenue * Decimal(rng.uniform(0.62, 0.72))).quantize(Decimal("0.01"))
        for k, lo, hi in [
            ("tax_add", 0.004, 0.008),
            ("selling", 0.02, 0.05),
            ("admin", 0.08, 0.12),
            ("finance", 0.001, 0.004),
        ]:
            r[k] = (revenue * Decimal(rng.uniform(lo, hi))).quantize(Decimal("0.01"))
        r["op_profit"] = revenue - r["cost"] - r["tax_add"] - r["selling"] - r["admin"] - r["finance"]
        r["non_in"] = Decimal(rng.randint(0, 80000)) + Decimal(rng.randint(0, 99)) / 100
        r["non_out"] = Decimal(rng.randint(0, 20000)) + Decimal(rng.randint(0, 99)) / 100
        r["total_profit"] = r["op_profit"] + r["non_in"] - r["non_out"]
        r["income_tax"] = (r["total_profit"] * Decimal("0.05")).quantize(Decimal("0.01"))
        r["net"] = r["total_profit"] - r["income_tax"]
        return r

    cur = one(Decimal(rng.randint(600, 4000)) * 10000 + Decimal(rng.randint(0, 999999)) / 100)
    cur["previous"] = one(cur["revenue"] * Decimal(rng.uniform(0.7, 1.1)).quantize(Decimal("0.01")))
    cur["year"] = YEAR
    cur["firm"] = rng.choice(people.FIRMS)
    cur["number"] = (
        f"{rng.choice(['博天审', '新正审', '弘正审'])}字〔{YEAR + 1}〕第{rng.randint(10, 399):03d}号"
    )
    cur["cpa"] = people.person(rng)
    cur["accountant"] = people.person(rng)
    return cur


def _amount_with_digit_change(rng: random.Random, declared: Decimal) -> tuple[Decimal, int]:
    """An amount one figure away from ``declared`` (the typo a forger fixed); returns it and the digit index."""
    s = money.grouped(declared, " ")
    idxs = [i for i, c in enumerate(s) if c.isdigit() and i > 0 and i < s.index(".") - 2]
    i = rng.choice(idxs)
    d = int(s[i])
    wrong = str((d + rng.randint(1, 8)) % 10)
    return Decimal((s[:i] + wrong + s[i + 1 :]).replace(" ", "")), i


def _scenario(out: Path, name: str, spec: dict, seed: int, rng: random.Random) -> str:
    plants = set(spec.get("plant", []))
    b = Builder(out, name, seed)
    place = rng.choice(people.PLACES)
    legal = people.person(rng)
    valid_until = (
        None
        if rng.random() < 0.5
        else dt.date(rng.randint(2036, 2046), rng.randint(1, 12), rng.randint(1, 28))
    )
    if "LICENSE_EXPIRED" in plants:
        valid_until = dt.date(YEAR, rng.randint(3, 9), rng.randint(1, 28))
    est = people.day(rng, dt.date(2008, 1, 1), dt.date(2019, 12, 31))
    f = Firm(
        name=people.firm_name(rng, place, spec.get("group", False)),
        credit_code=people.credit_code(rng, place),
        legal_rep=legal,
        capital=Decimal(rng.choice([500, 800, 1000, 1200, 2000, 3000])) * 10000,
        established=est,
        address=f"新疆博尔塔拉蒙古自治州{place}{rng.choice(['北京路', '红星路', '友谊路', '团结路', '口岸路'])}{rng.randint(1, 300)}号",
        valid_until=valid_until,
    )
    client = rng.choice(people.CLIENTS[place])
    client_short = client.replace("人民政府办公室", "").replace("管理委员会", "")
    signed = people.day(rng, dt.date(YEAR - 1, 9, 1), dt.date(YEAR, 4, 30))
    accepted = people.day(rng, signed + dt.timedelta(days=100), dt.date(YEAR, 12, 15))
    declared = Decimal(rng.randint(40, 600)) * 10000 + Decimal(rng.randint(0, 99)) * 100
    if spec.get("fen"):
        declared = declared + Decimal(rng.randint(1, 49)) + Decimal(rng.randint(1, 9)) / 10
    if spec.get("amount") == "wan":
        declared = (
            declared - declared % 100 + Decimal(rng.randint(1, 49)) if not spec.get("fen") else declared
        )
    fees = people.split_fees(rng, declared - declared % 100)
    last = list(fees)[-1]
    fees[last] += declared % 100
    deal = Deal(
        name=f"{client_short}{rng.choice(people.SYSTEMS)}项目",
        number=f"{rng.choice(['BL', 'BZ', 'JH', 'WQ', 'ALSK'])}-{signed.year}-{rng.randint(1000, 9999)}",
        client=client,
        amount=declared,
        fees=fees,
        signed_on=signed,
        accepted_on=accepted,
        place=place,
        leader=people.person(rng),
        client_rep=people.person(rng),
    )
    pid = "P1"
    if "AMOUNT_MISMATCH" in plants:
        deal.amount = declared - Decimal(rng.randint(15, 40)) * 10000
    if "PARTY_MISMATCH" in plants:
        other = [c for cs in people.CLIENTS.values() for c in cs if c != client]
        deal.extras["party_a"] = rng.choice(other)
    if "DATE_MISMATCH" in plants:
        shown = accepted - dt.timedelta(days=rng.randint(35, 70))
        deal.extras["accept_shown"] = shown if shown > signed else accepted + dt.timedelta(days=20)
    tamper_index = None
    if "IMAGE_TAMPERED" in plants:
        # the number needs every digit the amount may borrow: give it all ten
        digits = "".join(rng.sample("0123456789", 10))
        deal.number = f"BL-{signed.year}-{digits}"
        shown_amount, tamper_index = _amount_with_digit_change(rng, declared)

    style = dict(amount=spec["amount"], grid_title=spec.get("grid", "合同要素表"), date=rng.randint(0, 3))
    style.update(quotation=spec.get("quotation", False), short=spec.get("short", False))
    style["seal"] = True
    pages = docs.contract_pages(f, deal, rng, style)
    imgs = []
    for k, pg in enumerate(pages):
        if tamper_index is not None and k == 0:
            imgs.append(_tampered_first_page(pg, deal, shown_amount, tamper_index, rng))
        elif spec.get("scan") == "grey":
            imgs.append(scanner.grey_lowlight(pg.img, rng))
        else:
            imgs.append(scanner.flat(pg.img, rng))
    pa = deal.extras.get("party_a", client)
    base = {"project_name": deal.name, "contract_number": deal.number, "party_a": pa, "party_b": f.name}
    visible = deal.amount
    if style["short"] and style["amount"] == "wan":
        visible = Decimal(money.wan(deal.amount)) * 10000  # only the 万元 figure is printed
    grid_fields = dict(base, contract_amount=money.s2(visible), signed_on=f"{signed:%Y-%m-%d}")
    if not style["short"]:
        grid_fields["amount_in_words"] = money.capital(deal.amount)
    if style["quotation"]:
        grid_fields["fees"] = {k: money.s2(v) for k, v in fees.items()}
    contract_file = f"{rng.choice(['合同', '项目合同', 'contract', '扫描件'])}_{deal.number}.pdf"
    if spec.get("images"):
        for k, im in enumerate(imgs, start=1):
            fname = f"合同/合同第{k}页.jpg"
            if k == 1:
                fields = dict(base, contract_amount=money.s2(deal.amount), signed_on=f"{signed:%Y-%m-%d}")
            elif k == len(imgs):
                fields = {"party_a": pa, "party_b": f.name, "signed_on": f"{signed:%Y-%m-%d}"}
            else:
                fields = {
                    "contract_amount": money.s2(deal.amount),
                    "amount_in_words": money.capital(deal.amount),
                }
            b.jpg(fname, im, "contract", fields, pid, quality=rng.randint(70, 88))
        contract_file = "合同/合同第1页.jpg"
    else:
        cpages = b.pdf(contract_file, imgs, "contract", grid_fields, pid, quality=rng.randint(80, 92))
    for code in ("AMOUNT_MISMATCH", "PARTY_MISMATCH", "IMAGE_TAMPERED"):
        if code in plants:
            b.plant(code, contract_file, cpages[0], pid)

    if spec.get("acc") or not spec.get("invoice"):
        words = spec.get("words", ("合格", "不合格"))
        passed = "ACCEPTANCE_NOT_PASSED" not in plants
        has_seal = "SEAL_MISSING" not in plants
        acc = docs.acceptance_page(f, deal, rng, passed, has_seal, words)
        shown_acc = deal.extras.get("accept_shown", accepted)
        afields = dict(
            project_name=deal.name,
            party_a=pa,
            party_b=f.name,
            accepted_on=f"{shown_acc:%Y-%m-%d}",
            conclusion="passed" if passed else "failed",
            has_seal=has_seal,
        )
        how = spec.get("acc") or "bound"
        if how == "bound":
            afile, apage = (
                contract_file,
                b.pdf(contract_file, [scanner.flat(acc.img, rng)], "acceptance_report", afields, pid)[0],
            )
        elif how == "desk":
            afile, apage = f"验收照片_{rng.randint(100, 999)}.jpg", 1
            b.jpg(
                afile,
                scanner.desk_photo(acc.img, rng),
                "acceptance_report",
                afields,
                pid,
                quality=rng.randint(35, 50),
            )
        else:
            afile, apage = f"验收表{rng.choice(['', '-扫描', '_终验'])}.jpg", 1
            b.jpg(
                afile,
                scanner.flat(acc.img, rng),
                "acceptance_report",
                afields,
                pid,
                quality=rng.randint(35, 50),
            )
        for code in ("ACCEPTANCE_NOT_PASSED", "DATE_MISMATCH", "SEAL_MISSING"):
            if code in plants:
                b.plant(code, afile, apage, pid)

    if spec.get("invoice"):
        _invoice(b, f, deal, rng, "QR_MISMATCH" in plants, pid)

    _license(b, f, rng, spec.get("lic", rng.choice(["flat", "desk"])), "LICENSE_EXPIRED" in plants)
    fin = _finance(rng, f)
    audit_imgs = [
        (scanner.grey_lowlight if spec.get("scan") == "grey" else scanner.flat)(p.img, rng)
        for p in docs.audit_pages(f, fin, rng, older_names=rng.random() < 0.5 or name == "bl02_page_images")
    ]
    afile = f"{YEAR}年度审计报告.pdf"
    apages = b.pdf(
        afile,
        audit_imgs,
        "audit_report",
        dict(
            audit_firm=fin["firm"],
            report_number=fin["number"],
            fiscal_year=YEAR,
            opinion="unqualified",
            operating_revenue=money.s2(fin["revenue"]),
            net_profit=money.s2(fin["net"]),
            system_integration_revenue=money.s2(fin["si"]),
            consolidated=False,
        ),
        quality=rng.randint(75, 90),
    )
    revenue = fin["revenue"]
    if "AUDIT_FIGURE_MISMATCH" in plants:
        revenue = revenue + Decimal(rng.randint(120, 480)) * 10000
        b.plant("AUDIT_FIGURE_MISMATCH", afile, apages[1])

    certs = [
        {
            "holder": people.person(rng),
            "certificate": c,
            "level": lv,
            "number": f"{rng.choice('SM')}{rng.randint(10**9, 10**10 - 1)}",
        }
        for c, lv in rng.sample(
            [("信息系统项目管理师", "高级"), ("系统集成项目管理工程师", "中级"), ("网络工程师", "中级")], 2
        )
    ]
    declaration = {
        "enterprise": {
            "name": _declared_name(f.name),
            "credit_code": f.credit_code,
            "legal_representative": f.legal_rep,
            "registered_capital": money.s2(f.capital),
            "established_on": f"{f.established:%Y-%m-%d}",
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": {
                "technical_total": rng.randint(8, 19),
                "certified_total": len(certs),
                "certificates": certs,
            },
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": money.s2(revenue),
                "system_integration_revenue": money.s2(fin["si"]),
                "net_profit": money.s2(fin["net"]),
            }
        ],
        "projects": [_project_row(pid, deal, client, declared, fees, signed, accepted)],
    }
    return b.finish(declaration)


def _project_row(pid, deal: Deal, client, declared, fees, signed, accepted) -> dict:
    all_fees = {k: "0.00" for k in people_fee_keys()}
    all_fees.update({k: money.s2(v) for k, v in fees.items()})
    services = sum((v for k, v in fees.items() if k in people_fee_keys()[:6]), Decimal(0))
    return {
        "id": pid,
        "name": deal.name,
        "client": client,
        "signed_on": f"{signed:%Y-%m-%d}",
        "accepted_on": f"{accepted:%Y-%m-%d}",
        "field": "党政" if "局" in client or "政府" in client or "委员会" in client else "医疗卫生",
        "location": f"新疆维吾尔自治区博尔塔拉蒙古自治州{deal.place}",
        "fees": all_fees,
        "services_total": money.s2(services),
        "contract_amount": money.s2(declared),
    }


def people_fee_keys() -> tuple[str, ...]:
    from jianzheng.models.declaration import FEE_KEYS

    return FEE_KEYS


def _tampered_first_page(pg, deal: Deal, shown: Decimal, index: int, rng: random.Random):
    """Render the grid page with a one-figure typo in the amount, scan it flat (no skew), then clone the
    right figure over the typo from the contract number in the row above: a copy-move edit."""
    ax, ay = pg.extras["amount_xy"]
    nx, ny = pg.extras["number_xy"]
    typed = f"¥{money.grouped(shown, ' ')}"
    right = pg.extras["amount_text"]
    # repaint the amount cell with the typo
    box = pg.char_box(ax, ay, right, 0, 26)
    pg.draw.rectangle([ax - 2, box[1], ax + 400, box[3]], fill=(255, 255, 255))
    pg.text(ax, ay, typed, 26)
    img = scanner.flat_noskew(pg.img, rng)
    pos = index + 1  # after the ¥ sign
    want = right[pos]
    src_i = deal.number.index(want)
    sx0, sy0, sx1, sy1 = pg.char_box(nx, ny, deal.number, src_i, 26)
    dx0, dy0, _, _ = pg.char_box(ax, ay, typed, pos, 26)
    pad = 0
    return scanner.clone(img, (sx0 - pad, sy0, sx1 + pad, sy1), (dx0 - pad, dy0))


def _license(b: Builder, f: Firm, rng: random.Random, how: str, expired: bool) -> None:
    pg = docs.license_page(f, rng)
    fields = {
        "company_name": f.name,
        "credit_code": f.credit_code,
        "legal_representative": f.legal_rep,
        "registered_capital": money.s2(f.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": f"{f.established:%Y-%m-%d}",
        "address": f.address,
        "valid_until": "长期" if f.valid_until is None else f"{f.valid_until:%Y-%m-%d}",
    }
    if how == "crop":
        # the photo misses the lower edge: the 营业期限 line and the registration seal are not on it
        img = scanner.crop_bottom(pg.img, pg.extras["term_y"] - 12)
        img = scanner.flat(img, rng)
        del fields["valid_until"]
    elif how == "desk":
        img = scanner.desk_photo(pg.img, rng)
    else:
        img = scanner.flat(pg.img, rng)
    file = rng.choice(["营业执照.jpg", "营业执照副本.jpg", "license.jpg", "执照照片.jpg"])
    b.jpg(file, img, "business_license", fields, quality=rng.randint(38, 50) if how != "flat" else 85)
    if expired:
        b.plant("LICENSE_EXPIRED", file, 1, note="营业期限 ends before the inspection year's end")


def _invoice(b: Builder, f: Firm, deal: Deal, rng: random.Random, bad_qr: bool, pid: str) -> None:
    number = "25652" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    issued = people.day(rng, deal.signed_on + dt.timedelta(days=10), dt.date(YEAR, 12, 20))
    total = (deal.amount * Decimal(rng.choice(["0.3", "0.5", "0.7", "1"]))).quantize(Decimal("0.01"))
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    qr_amount = net + Decimal(rng.randint(100, 900)) * 100 if bad_qr else net
    qr = f"01,32,,{number},{money.s2(qr_amount)},{issued:%Y%m%d},,{rng.randint(0, 0xFFFF):04X}"
    inv = dict(
        number=number,
        date_text=docs.cn_date(issued, 0),
        buyer=deal.client,
        buyer_code=people.credit_code(rng, deal.place),
        seller=f.name,
        seller_code=f.credit_code,
        item="*信息技术服务*系统集成服务",
        net=net,
        tax=tax,
        total=total,
        note=f"项目名称：{deal.name}",
        drawer=people.person(rng),
        qr=qr,
    )
    file = f"发票_{number[-8:]}.pdf"
    fields = dict(
        invoice_number=number,
        issued_on=f"{issued:%Y-%m-%d}",
        buyer=deal.client,
        seller=f.name,
        total_amount=money.s2(total),
        qr=qr,
    )
    b.native(file, lambda path: docs.invoice_pdf(path, inv), "invoice", fields, pid)
    if bad_qr:
        b.plant("QR_MISMATCH", file, 1, pid, note="QR amount differs from the printed 合计 and 价税合计")
