"""A contract's signature page: where its parties sign or seal."""

from __future__ import annotations

from jianzheng.models import Page, Word
from jianzheng.verify.signing_place import signing_place


def _page(*lines: str) -> Page:
    words = [Word(text=t, bbox=(72, 200 + 30 * i, 400, 214 + 30 * i)) for i, t in enumerate(lines)]
    return Page(file="合同.pdf", number=6, width=595, height=842, words=words)


def test_a_sealing_block_or_a_signing_line_is_a_signing_place():
    assert signing_place(_page("甲方（盖章）：吉木乃县文化体育广播电视和旅游局", "日期：2025年5月16日"))
    assert signing_place(_page("委托方（公章）：", "受托方（公章）："))
    assert signing_place(_page("甲方代表签字：", "乙方代表签字："))


def test_clauses_and_a_price_are_no_signing_place():
    # jimunai seed 1: the signature page was scanned beside the acceptance, on its sheet.
    assert not signing_place(_page("第十条 本合同一式陆份，双方签字盖章后生效。", "合同价款：¥1,215,000.00"))
