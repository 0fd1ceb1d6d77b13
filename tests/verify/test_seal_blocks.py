"""A signature page's sealing blocks, and the one no seal stamps."""

from __future__ import annotations

from jianzheng.models import Page, Seal, Word
from jianzheng.verify.seal_blocks import bare_blocks, blocks


def _page(words: list[tuple[str, tuple[float, float, float, float]]], seals: list[tuple[float, ...]]) -> Page:
    return Page(
        file="合同.pdf",
        number=6,
        width=595,
        height=842,
        words=[Word(text=t, bbox=b) for t, b in words],
        seals=[Seal(bbox=(s[0], s[1], s[2], s[3])) for s in seals],
    )


STACKED = [
    ("甲方（盖章）：吉木乃县文化体育广播电视和旅游局", (72, 200, 400, 214)),
    ("法定代表人或授权代表（签字）：", (72, 230, 260, 244)),
    ("日期：2025年5月16日", (72, 260, 200, 274)),
    ("乙方（盖章）：新疆金山网络科技有限公司", (72, 420, 330, 434)),
    ("法定代表人或授权代表（签字）：", (72, 450, 260, 464)),
    ("日期：2025年5月16日", (72, 480, 200, 494)),
]


def test_the_blocks_are_the_role_words_with_a_seal_word():
    assert [b.label for b in blocks(_page(STACKED, []))] == ["甲方（盖章）", "乙方（盖章）"]
    # The label's own part of a reader's whole-line word.
    assert blocks(_page(STACKED, []))[0].bbox[2] < 200


def test_the_clients_block_bare_beside_the_suppliers_seal():
    # jimunai seed 1 (jm06): only 乙方's seal, on its own block.
    assert [b.label for b in bare_blocks(_page(STACKED, [(90, 380, 200, 490)]))] == ["甲方（盖章）"]


def test_a_seal_for_each_block_or_a_seal_between_two_decides_nothing():
    assert bare_blocks(_page(STACKED, [(90, 170, 200, 280), (90, 380, 200, 490)])) == []
    assert bare_blocks(_page(STACKED, [(60, 260, 170, 370)])) == []  # halfway: whose is not plain
    assert bare_blocks(_page(STACKED, [])) == []  # no seal at all is has_seal's to say


def test_a_block_hidden_under_its_seal_leaves_the_page_undecided():
    # jiashi seed 1: 丙方（盖章） under 丙方's seal was not read; two seals, two blocks read.
    side_by_side = [("甲方（盖章）：", (60, 120, 126, 140)), ("乙方（盖章）", (294, 121, 362, 139))]
    assert bare_blocks(_page(side_by_side, [(341, 127, 417, 203), (105, 273, 179, 346)])) == []


def test_a_signature_page_shows_where_the_parties_sign():
    from jianzheng.verify.seal_blocks import signing_place

    assert signing_place(_page(STACKED, []))
    assert signing_place(_page([("甲方代表签字：", (72, 200, 200, 214))], []))
    # Clauses and a price: no signature page (jimunai seed 1: it was scanned beside the acceptance).
    clauses = [
        ("第十条 本合同一式陆份，双方签字盖章后生效。", (72, 200, 400, 214)),
        ("合同价款：¥1,215,000.00", (72, 230, 300, 244)),
    ]
    assert not signing_place(_page(clauses, []))
