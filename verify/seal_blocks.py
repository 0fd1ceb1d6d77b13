"""A signature page's sealing blocks (甲方（盖章）, 乙方（盖章）, 丙方（盖章）) and which of them no seal stamps.

A contract is sealed by each of its parties: a page whose 甲方（盖章） block stands bare while
乙方's seal sits on its own block is not the client's signed contract, though a seal is on the
page. The page's words and seals are what extraction read; this only measures where they lie.
Precision first: a block is called bare only where every seal on the page plainly belongs to
another block (each nearer one block than any other by rules ``signing.clear_ratio``) and none
lies near it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from jianzheng.extract.fields.labels import vocabulary
from jianzheng.models import BBox, Page, Seal

from .rules import rules


@dataclass(frozen=True)
class Block:
    """A party's sealing label on a page: its words (甲方（盖章）) and where they stand (points)."""

    label: str
    bbox: BBox

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.bbox[0] + self.bbox[2]) / 2, (self.bbox[1] + self.bbox[3]) / 2)


@cache
def _block_label() -> re.Pattern[str]:
    roles = vocabulary().parties.a + vocabulary().parties.b + rules().signing.other_roles
    words = rules().signing.seal_words
    return re.compile(
        "("
        + "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
        + r")\s*[（(]\s*(?:"
        + "|".join(map(re.escape, words))
        + r")\s*[）)]"
    )


@cache
def _signing_place() -> re.Pattern[str]:
    roles = vocabulary().parties.a + vocabulary().parties.b + rules().signing.other_roles
    words = rules().signing.seal_words + rules().signing.sign_words
    return re.compile(
        "(?:"
        + "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
        + r")[^。；;]{0,8}?(?:"
        + "|".join(map(re.escape, words))
        + ")"
    )


def signing_place(page: Page) -> bool:
    """Whether a page shows where a party signs or seals (甲方（盖章）, 乙方代表签字): a contract's
    signature page, whose seals (or their absence) can be judged."""
    return any(_signing_place().search(line) for line in page.text.splitlines())


def blocks(page: Page) -> list[Block]:
    """The sealing blocks on a page, each role once (a role labelled twice is no layout to judge)."""
    found: dict[str, list[Block]] = {}
    for word in page.words:
        for match in _block_label().finditer(word.text):
            # A reader's word may be a whole line (甲方（盖章）：某局): the label's own part of its box.
            x0, y0, x1, y1 = word.bbox
            share = (x1 - x0) / max(len(word.text), 1)
            box = (x0 + share * match.start(), y0, x0 + share * match.end(), y1)
            found.setdefault(match.group(1), []).append(Block(match.group(0), box))
    return [b[0] for b in found.values() if len(b) == 1]


def _distance(seal: Seal, block: Block) -> float:
    sx, sy = (seal.bbox[0] + seal.bbox[2]) / 2, (seal.bbox[1] + seal.bbox[3]) / 2
    bx, by = block.centre
    return math.hypot(sx - bx, sy - by)


def bare_blocks(page: Page) -> list[Block]:
    """The sealing blocks of a page that plainly carry no seal while the page's other blocks do.

    Only where the page has fewer seals than blocks, each seal nearer one block than any other by
    a clear margin and within reach of it, and the bare block far from every seal.
    """
    signing = rules().signing
    found = blocks(page)
    seals = page.seals
    if len(found) < 2 or not seals or len(seals) >= len(found):
        return []
    taken: set[int] = set()
    reach = []
    for seal in seals:
        size = max(seal.bbox[2] - seal.bbox[0], seal.bbox[3] - seal.bbox[1], 1.0)
        ranked = sorted(range(len(found)), key=lambda i: _distance(seal, found[i]))
        near, second = _distance(seal, found[ranked[0]]), _distance(seal, found[ranked[1]])
        if near > signing.max_reach * size or second < signing.clear_ratio * near or ranked[0] in taken:
            return []  # a seal between two blocks, or far from all: whose it is is not plain
        taken.add(ranked[0])
        reach.append((seal, near))
    bare = [b for i, b in enumerate(found) if i not in taken]
    for block in bare:
        if any(_distance(seal, block) < signing.clear_ratio * near for seal, near in reach):
            return []
    return bare
