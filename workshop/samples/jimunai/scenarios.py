"""The ten filings: which papers, how each lands on the glass, which file, what is planted where."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from . import people
from .filing import Doc, FileSpec, Filing, Kit, Plant
from .paper import A4, A4_LAND, Paper
from .scan import Shot
from .world import YEAR, World, make_world


class Glass:
    """Shot factory with the scanner settings of one office (drawn from the seed)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.dpi = rng.choice((200, 200, 150))
        self.producer = rng.choice(people.SCANNERS)

    def jitter(self) -> float:
        return self.rng.choice((-1, 1)) * self.rng.uniform(0.2, 1.2)

    def flat(self, paper: Paper, turn: int = 0, skew: float | None = None, **kw: object) -> Shot:
        return Shot([paper], "flat", turn, self.jitter() if skew is None else skew, dpi=self.dpi, **kw)  # type: ignore[arg-type]

    def tilted(self, paper: Paper, lo: float, hi: float, turn: int = 0, **kw: object) -> Shot:
        return self.flat(paper, turn, self.rng.choice((-1, 1)) * self.rng.uniform(lo, hi), **kw)

    def twoup(self, left: Paper, right: Paper, book: bool = False, turn: int = 0) -> Shot:
        return Shot(
            [left, right], "book" if book else "twoup", turn, self.rng.uniform(-0.6, 0.6), dpi=self.dpi
        )

    def small(self, paper: Paper, sideways: bool, turn: int = 0) -> Shot:
        return Shot(
            [paper],
            "small",
            turn,
            self.rng.uniform(-1.5, 1.5),
            glass=A4 if sideways else A4_LAND,
            place_turn=90 if sideways else 0,
            dpi=self.dpi,
            grey=self.rng.random() < 0.5,
        )

    def back(self, front: Paper) -> Shot:
        blank = Paper(*A4, doc=front.doc, label=f"{front.label}背面")
        blank.blank = True
        return Shot(
            [blank], "back", 0, 0.0, dpi=self.dpi, showthrough=front if self.rng.random() < 0.8 else None
        )

    def halves(self, sheet: Paper) -> list[Shot]:
        return [
            Shot([sheet], "half_left", 0, self.jitter(), dpi=self.dpi),
            Shot([sheet], "half_right", 0, self.jitter(), dpi=self.dpi),
        ]

    def offset(self, paper: Paper, turn: int = 0) -> Shot:
        r = self.rng
        return Shot(
            [paper],
            "flat",
            turn,
            r.uniform(-1.5, 1.5),
            shift=(r.choice((-1, 1)) * r.uniform(6, 12), r.choice((-1, 1)) * r.uniform(5, 10)),
            lid_open=True,
            dpi=self.dpi,
        )

    def cut(self, paper: Paper, side: str, turn: int = 0) -> Shot:
        return Shot([paper], "flat", turn, self.jitter(), cut=(side, self.rng.uniform(5, 10)), dpi=self.dpi)


def _licence_and_audit(
    kit: Kit, g: Glass, licence_shot: Shot, audit_shots: list[Shot] | None = None
) -> list[FileSpec]:
    lic = licence_shot
    lic.grey = False
    audit = audit_shots or [g.flat(p) for p in kit.audit.papers]
    name = g.rng.choice(("营业执照副本.pdf", "营业执照.pdf", "1-营业执照.pdf"))
    return [
        FileSpec(name, [lic], g.producer),
        FileSpec(g.rng.choice(("2025年度审计报告.pdf", "审计报告.pdf", "2-审计报告.pdf")), audit, g.producer),
    ]


def _pfile(i: int, kit: Kit, pid: str, rng: random.Random) -> str:
    p = next(p for p in kit.world.projects if p.id == pid)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{i}-{p.name}.pdf"
    if style == 1:
        return f"项目{i}合同+验收+发票.pdf"
    return f"SCAN{rng.randint(100, 999)}{i}.pdf"


def _invoice_shots(g: Glass, invs: list[Doc]) -> list[Shot]:
    return [g.small(d.papers[0], sideways=g.rng.random() < 0.5) for d in invs]


def _world(rng: random.Random, county: str, n: int, used: set[str], **kw: object) -> World:
    return make_world(rng, county, n, used_firms=used, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ clean


def jm01_per_project_clean(rng: random.Random) -> Filing:
    """One PDF per project (contract key pages + equipment list + acceptance + invoices), turned every way."""
    w = _world(rng, "吉木乃县", 2, set())
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm01_per_project_clean")
    # the landscape 副本 laid on the A4 glass sideways: stored portrait with the content turned
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0], turn=rng.choice((90, 270))))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [
        g.tilted(c1[0], 1.5, 3.0),
        g.flat(c1[1], 90),
        g.flat(c1[2]),
        g.flat(c1[3], 180),
        g.flat(c1[4]),
        g.flat(c1[5], 270),
        g.flat(c1[6], rng.choice((90, 270))),  # 设备清单: landscape table printed across a portrait binding
        g.flat(a1, 180),
        *_invoice_shots(g, kit.invoices["P1"]),
    ]
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [
        g.flat(c2[0], 270),
        *(g.flat(p) for p in c2[1:5]),
        g.flat(c2[5]),
        g.flat(c2[6], 90),
        g.flat(a2, 90),
        *_invoice_shots(g, kit.invoices["P2"]),
    ]
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    return f


def jm02_twoup_clean(rng: random.Random) -> Filing:
    """A3 two-up scans: book-style with the gutter, flat pairs, the signature page beside the acceptance."""
    w = _world(rng, "哈巴河县", 2, set())
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm02_twoup_clean")
    au = kit.audit.papers
    f.files = _licence_and_audit(
        kit, g, g.offset(kit.licence.papers[0]), [g.flat(au[0]), g.twoup(au[1], au[2], book=True)]
    )
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [
        g.flat(c1[0]),
        g.twoup(c1[1], c1[2], book=True),
        g.twoup(c1[3], c1[4]),
        g.twoup(c1[5], a1),  # signature page beside the acceptance report
        g.flat(c1[6]),  # the landscape 设备清单 scanned as it lies
        *_invoice_shots(g, kit.invoices["P1"]),
    ]
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [
        g.twoup(c2[0], c2[1], turn=180),  # the A3 pass stored upside down
        g.twoup(c2[2], c2[3]),
        g.twoup(c2[4], c2[5], book=True),  # contract pages 5 and 6 of the bound copy
        g.flat(a2, 90),
        *_invoice_shots(g, kit.invoices["P2"]),
    ]
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    return f


def jm03_bundle_clean(rng: random.Random) -> Filing:
    """All projects in one big PDF, out of order, duplex with show-through backs (grade 丙)."""
    w = _world(rng, "布尔津县", 3, set(), grade="丙", amount_wan=(175, 320))
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm03_bundle_clean")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0]))
    f.files[0].name = "营业执照.jpg"
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    c3, a3 = kit.contract["P3"].papers, kit.acceptance["P3"].papers[0]
    shots: list[Shot] = [g.flat(c1[5], 180), g.back(c1[5])]  # signature page first, upside down
    for p in c1[:5]:
        shots += [g.flat(p), g.back(p)]
    shots += [g.flat(c1[6], 270), g.flat(a1), g.back(a1)]
    shots += _invoice_shots(g, kit.invoices["P1"])
    shots += [g.flat(a2, 90)]  # P2's acceptance before its contract's first page
    shots += [g.flat(p) for p in c2[:6]] + [g.flat(c2[6], 90)]
    shots += _invoice_shots(g, kit.invoices["P2"])
    shots += [g.flat(c3[0]), g.flat(c3[1], 180), g.flat(c3[5]), g.flat(a3, 270)]  # key pages only
    shots += _invoice_shots(g, kit.invoices["P3"])
    f.files.append(
        FileSpec(rng.choice(("项目合同及验收资料.pdf", "系统集成项目合同（合并）.pdf")), shots, g.producer)
    )
    return f


def jm04_glass_clean(rng: random.Random) -> Filing:
    """Folded A3 设备清单 in two halves, offsets with black borders, cut margins, 3–5° skews, small papers."""
    w = _world(rng, "福海县", 2, set())
    kit = Kit(w, rng, equipment={"P1": "a3"})
    g = Glass(rng)
    f = kit.filing("jm04_glass_clean")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0], turn=180))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [
        g.offset(c1[0]),
        g.tilted(c1[1], 3.0, 5.0),
        g.cut(c1[2], "left"),
        g.cut(c1[3], "bottom"),
        g.flat(c1[4]),
        g.tilted(c1[5], 3.0, 5.0),
        *g.halves(c1[6]),  # the A3 fold-out, left then right half
        g.offset(a1, 90),
        *_invoice_shots(g, kit.invoices["P1"]),
    ]
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [
        g.tilted(c2[0], 2.0, 4.0),
        g.twoup(c2[1], c2[2]),
        g.twoup(c2[3], c2[4], book=True),
        g.offset(c2[5], 270),
        g.cut(c2[6], "right", 90),
        g.tilted(a2, 1.0, 3.0, 180),
        *_invoice_shots(g, kit.invoices["P2"]),
    ]
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    return f


# ------------------------------------------------------------------ planted


def _swap_digits(amount: Decimal) -> Decimal:
    """A typist's slip: the 万 and 十万 digits swapped (different digits guaranteed by the caller)."""
    s = f"{int(amount):d}"
    i = len(s) - 6
    swapped = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return Decimal(swapped)


def jm05_amount_sideways(rng: random.Random) -> Filing:
    """P1's price page is stored sideways (90°); the row declares the amount with two digits swapped."""
    w = _world(rng, "青河县", 2, set(), amount_wan=(110, 290))
    p1 = w.projects[0]
    p1.itemised = False
    s = f"{int(p1.amount):d}"
    if s[-6] == s[-5]:
        p1.fees["hardware_purchase"] += 10000 * (1 if s[-5] != "9" else -1)
    p1.declared_amount = _swap_digits(p1.amount)
    p1.invoices = p1.invoices[:1]
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm05_amount_sideways")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0], turn=90))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    # no 设备清单 here: its 硬件设备购置费合计 is not what the row declares either (the row's hardware absorbs the slip)
    shots = [g.flat(c1[0], 90), g.flat(c1[1]), g.flat(c1[5], 180), g.flat(a1)]
    shots += _invoice_shots(g, kit.invoices["P1"])
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [g.flat(c2[0]), g.twoup(c2[1], c2[2]), g.flat(c2[5], 270), g.flat(c2[6], 270), g.flat(a2, 90)]
    shots += _invoice_shots(g, kit.invoices["P2"])
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    f.plants.append(
        Plant(
            "AMOUNT_MISMATCH",
            "P1",
            c1[0],
            note="contract p1 (stored 90°) prints the amount; the row swaps two digits",
        )
    )
    return f


def jm06_seal_upside_down(rng: random.Random) -> Filing:
    """P1's signature page, stored upside down, has 甲方's signature but no 甲方 seal."""
    w = _world(rng, "吉木乃县", 2, set())
    w.projects[0].seal_a = False
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm06_seal_upside_down")
    f.files = _licence_and_audit(kit, g, g.offset(kit.licence.papers[0], turn=rng.choice((90, 270))))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [g.flat(a1, 90), g.flat(c1[0]), g.flat(c1[1], 270), g.flat(c1[5], 180), g.flat(c1[6], 90)]
    shots += _invoice_shots(g, kit.invoices["P1"])
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [g.flat(c2[0]), g.flat(c2[1]), g.twoup(c2[5], a2, book=True)]
    shots += _invoice_shots(g, kit.invoices["P2"])
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    f.plants.append(
        Plant("SEAL_MISSING", "P1", c1[5], note="甲方（盖章） blank on the upside-down signature page")
    )
    return f


def jm07_accept_2026_twoup(rng: random.Random) -> Filing:
    """P2's acceptance, on a two-up sheet beside the signature page, is dated January 2026."""
    w = _world(rng, "哈巴河县", 2, set())
    p2 = w.projects[1]
    p2.signed = dt.date(YEAR, rng.randint(8, 10), rng.randint(1, 28))
    p2.accepted = dt.date(YEAR + 1, 1, rng.randint(6, 26))
    p2.invoices = p2.invoices[:1]
    p2.invoices[0].issued = p2.signed + dt.timedelta(days=rng.randint(5, 20))
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm07_accept_2026_twoup")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0]))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [g.twoup(c1[0], c1[1], book=True), g.twoup(c1[4], c1[5]), g.flat(c1[6], 90), g.flat(a1, 180)]
    shots += _invoice_shots(g, kit.invoices["P1"])
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [g.flat(c2[0], 270), g.twoup(c2[1], c2[2]), g.twoup(c2[5], a2, turn=rng.choice((0, 180)))]
    shots += _invoice_shots(g, kit.invoices["P2"])
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    f.plants.append(
        Plant("ACCEPTANCE_OUT_OF_PERIOD", "P2", a2, note="验收日期 January 2026, inspection year 2025")
    )
    return f


def jm08_party_skewed(rng: random.Random) -> Filing:
    """P1's contract, scanned 5–6° askew, names the county hospital as 甲方; the row declares the 卫健委."""
    w = _world(rng, "布尔津县", 2, set())
    p1 = w.projects[0]
    p1.client = f"{p1.county}卫生健康委员会"
    p1.field = "医疗卫生"
    p1.name = f"{p1.county}人民医院{rng.choice(people.SYSTEMS['人民医院'])}"
    p1.party_a_printed = f"{p1.county}人民医院"
    p1.acceptance_organiser = p1.client
    p1.invoices = []
    if w.projects[1].client == p1.client or w.projects[1].client == p1.party_a_printed:
        w.projects[1].client = f"{w.projects[1].county}教育局"
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm08_party_skewed")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0], turn=270))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [
        g.tilted(c1[0], 5.0, 6.0, lid_open=True),
        g.tilted(c1[1], 2.0, 4.0),
        g.flat(c1[5], 90),
        g.flat(c1[6], 270),
        g.tilted(a1, 1.0, 3.0),
    ]
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [g.flat(c2[0], 180), g.flat(c2[1]), g.flat(c2[5]), g.flat(a2, 90)]
    shots += _invoice_shots(g, kit.invoices["P2"])
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    f.plants.append(
        Plant(
            "PARTY_MISMATCH",
            "P1",
            c1[0],
            note="甲方 人民医院 on the skewed contract page; row: 卫生健康委员会",
        )
    )
    return f


def jm09_acceptance_missing(rng: random.Random) -> Filing:
    """P2's file holds only its contract, duplex with blank backs: no acceptance report, no invoice."""
    w = _world(rng, "福海县", 2, set())
    w.projects[1].acceptance = False
    w.projects[1].invoices = []
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm09_acceptance_missing")
    f.files = _licence_and_audit(kit, g, g.cut(kit.licence.papers[0], "top", 90))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [
        g.flat(c1[0]),
        g.twoup(c1[1], c1[2], book=True),
        g.flat(c1[5], 180),
        g.flat(c1[6], 90),
        g.flat(a1, 270),
    ]
    shots += _invoice_shots(g, kit.invoices["P1"])
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2 = kit.contract["P2"].papers
    shots = []
    for p in c2[:6]:
        shots += [g.flat(p, rng.choice((0, 0, 180))), g.back(p)]
    name2 = _pfile(2, kit, "P2", rng)
    f.files.append(FileSpec(name2, shots, g.producer))
    f.plants.append(Plant("ACCEPTANCE_MISSING", "P2", file=name2, note="contract and blank backs only"))
    return f


def jm10_not_passed_rotated(rng: random.Random) -> Filing:
    """P1's acceptance report, stored at 270°, ticks 不通过（整改后复验）."""
    w = _world(rng, "青河县", 2, set())
    p1 = w.projects[0]
    p1.conclusion = "failed"
    p1.invoices = p1.invoices[:1]
    kit = Kit(w, rng)
    g = Glass(rng)
    f = kit.filing("jm10_not_passed_rotated")
    f.files = _licence_and_audit(kit, g, g.flat(kit.licence.papers[0], turn=90))
    c1, a1 = kit.contract["P1"].papers, kit.acceptance["P1"].papers[0]
    shots = [g.tilted(c1[0], 1.0, 2.5), g.flat(c1[1]), g.flat(c1[5]), g.flat(c1[6], 90), g.flat(a1, 270)]
    shots += _invoice_shots(g, kit.invoices["P1"])
    f.files.append(FileSpec(_pfile(1, kit, "P1", rng), shots, g.producer))
    c2, a2 = kit.contract["P2"].papers, kit.acceptance["P2"].papers[0]
    shots = [g.twoup(c2[0], c2[1]), g.flat(c2[5], 180), g.flat(a2)]
    shots += _invoice_shots(g, kit.invoices["P2"])
    f.files.append(FileSpec(_pfile(2, kit, "P2", rng), shots, g.producer))
    f.plants.append(Plant("ACCEPTANCE_NOT_PASSED", "P1", a1, note="☑不通过（整改后复验）, stored 270°"))
    return f


SCENARIOS: tuple[Callable[[random.Random], Filing], ...] = (
    jm01_per_project_clean,
    jm02_twoup_clean,
    jm03_bundle_clean,
    jm04_glass_clean,
    jm05_amount_sideways,
    jm06_seal_upside_down,
    jm07_accept_2026_twoup,
    jm08_party_skewed,
    jm09_acceptance_missing,
    jm10_not_passed_rotated,
)
