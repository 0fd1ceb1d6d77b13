"""The foot of a contract or report: who signs, who stamps, and when."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .cast import Company
from .deal import cn_date
from .flow import Flow
from .layout import INK_BLUE, Seal, Signature, Text


@dataclass(frozen=True)
class Signer:
    """One side of a signature block."""

    role: str
    """甲方（盖章）, 采购人（盖章）, 发包人（公章） ..."""
    party: Company
    seal_foot: str = "合同专用章"
    stamped: bool = True
    person: str = ""
    """Who signs: the legal representative unless named."""


def seal_code(party: Company) -> str:
    return party.credit_code[2:8] + party.credit_code[-7:]


def stamp(
    party: Company, cx: float, cy: float, rng: random.Random, foot: str = "合同专用章", radius: float = 40.0
) -> Seal:
    return Seal(cx, cy, radius, party.name, foot=foot, code=seal_code(party), seed=rng.randrange(1 << 30))


def two_sides(
    flow: Flow,
    left: Signer,
    right: Signer,
    day: dt.date | None,
    rng: random.Random,
    *,
    hand_date: bool = True,
    rep_label: str = "法定代表人或授权代表（签字）：",
    right_day: dt.date | None = None,
) -> None:
    """Two columns: role and name, signature line, date; seals pressed over name and signature."""
    flow.need(170)
    top = flow.y + 18
    columns = (flow.left, flow.left + flow.inner / 2 + 8)
    for signer, x, when in ((left, columns[0], day), (right, columns[1], right_day or day)):
        size = flow.body
        y = top + size
        flow.place(Text(x, y, signer.role, size))
        name_lines = _split(signer.party.name, 15)
        for k, part in enumerate(name_lines):
            flow.place(Text(x + 6, y + (k + 1) * size * 1.6, part, size))
        y += (len(name_lines) + 1) * size * 1.6 + 8
        flow.place(Text(x, y, rep_label, size))
        flow.place(
            Signature(x + 40, y + 26, signer.person or signer.party.legal_rep, seed=rng.randrange(1 << 30))
        )
        y += 48
        if when is not None:
            if hand_date:
                flow.place(Text(x, y, "日期：", size))
                flow.place(
                    Text(
                        x + 34, y, cn_date(when), 12, hand=True, colour=INK_BLUE, seed=rng.randrange(1 << 30)
                    )
                )
            else:
                flow.place(Text(x, y, f"日期：{cn_date(when)}", size))
        if signer.stamped:
            flow.place(
                stamp(
                    signer.party,
                    x + 95 + rng.uniform(-12, 12),
                    top + 58 + rng.uniform(-8, 10),
                    rng,
                    signer.seal_foot,
                )
            )
    flow.y = top + 150


def _split(name: str, limit: int) -> list[str]:
    if len(name) <= limit:
        return [name]
    return [name[:limit], name[limit:]]
