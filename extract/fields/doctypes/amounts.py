"""Amounts next to an amount label: the figure and the capital-numeral text of one price.

A contract prints its price as 合同总价：人民币贰佰肆拾伍万元整（¥2,450,000.00）,
or as two lines (大写 … / 小写 …), or in running text (合同总价为人民币…). The
label's line and the next two lines (while they hold no other field's label)
are searched, and the first label that yields an amount wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..fee_table import TOTAL_ROW, fee_key, row_label
from ..lines import Line, Snippet, union
from ..money import Amount, find_amounts, parse_capital
from .common import Reading

_AMOUNT_COMPANIONS = {"amount_words", "total_amount", "contract_amount"}


@dataclass(frozen=True)
class PriceReading:
    """The figure and the capital amount found for one price label."""

    figure: tuple[Amount, Snippet] | None
    capital: tuple[Amount, Snippet] | None


def _label_positions(line: Line, labels: Sequence[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for label in sorted(labels, key=len, reverse=True):
        at = line.compact.find(label)
        if at >= 0 and not any(a <= at < b for a, b in out):
            out.append((at, at + len(label)))
    return sorted(out)


def read_price(reading: Reading, labels: Sequence[str]) -> PriceReading | None:
    """The first price printed after one of the labels (labelled or in running text).

    A label with an amount on its own line wins over an earlier one whose
    amount is only on the following lines (一、合同金额 as a clause heading).
    """
    for same_line_only in (True, False):
        for i, line in enumerate(reading.lines):
            positions = _label_positions(line, labels)
            if positions:
                found = _price_near(reading, i, positions[0], same_line_only=same_line_only)
                if found is not None:
                    return found
    return None


def _price_near(
    reading: Reading, i: int, position: tuple[int, int], *, same_line_only: bool
) -> PriceReading | None:
    lines = reading.lines
    line = lines[i]
    start = line.cmap[position[0]]
    window: list[tuple[Line, int]] = [(line, line.cmap[position[1] - 1] + 1)]
    if not same_line_only:
        for nxt in lines[i + 1 : i + 3]:
            if nxt.page != line.page or any(
                h.line is nxt and h.key not in _AMOUNT_COMPANIONS for h in reading.hits
            ):
                break
            if _table_row(nxt):
                break  # a fee table under a clause heading: its rows are not the price
            window.append((nxt, 0))
    figure: tuple[Amount, Snippet] | None = None
    capital: tuple[Amount, Snippet] | None = None
    for wline, offset in window:
        for amount in find_amounts(wline.text[offset:]):
            s, e = offset + amount.start, offset + amount.end
            if re.search(r"\d\s*%", wline.text[offset:s]):
                break  # 合同总价的30%，即…: an instalment, not the price
            if amount.kind == "capital" and wline.text[max(0, s - 3) : s] == "人民币":
                # 人民币 printed against the numerals belongs to the amount as printed.
                s -= 3
                amount = Amount(wline.text[s:e], s, e, "capital", amount.value)
            snip = wline.snippet(s, e)
            if snip is None:
                continue
            if amount.kind == "figure" and figure is None:
                figure = (amount, _with_label(line, start, wline, snip))
            elif amount.kind == "capital" and capital is None:
                capital = _run_on(lines, wline, amount, snip, e) or (amount, snip)
        if figure and capital:
            break
    if figure is None and capital is None:
        return None
    return PriceReading(figure, capital)


_CAPITAL_HEAD = re.compile(r"^\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)")


def _run_on(
    lines: Sequence[Line], line: Line, amount: Amount, snip: Snippet, end: int
) -> tuple[Amount, Snippet] | None:
    """A capital amount that a paragraph wrapped onto the next line (…柒仟贰佰元 / 整）…), joined.

    Prices stated inside a clause wrap wherever the line ends; the numerals that
    run on belong to the amount, and 贰佰元 alone would read as another number.
    """
    if line.text[end:].strip():
        return None
    at = next((k for k, candidate in enumerate(lines) if candidate is line), None)
    if at is None or at + 1 >= len(lines):
        return None
    nxt = lines[at + 1]
    if nxt.page != line.page or nxt.top - line.bottom > 1.5 * line.height:
        return None
    head = _CAPITAL_HEAD.match(nxt.text)
    tail = nxt.snippet(head.start(1), head.end(1)) if head else None
    if head is None or tail is None:
        return None
    text = amount.text + head.group(1)
    joined = Snippet(snip.page, text, union([snip.bbox, tail.bbox]), min(snip.confidence, tail.confidence))
    return Amount(text, amount.start, amount.end, "capital", parse_capital(text)), joined


def _table_row(line: Line) -> bool:
    """A line of a fee table (its header, a fee row or its total), not a sentence stating the price."""
    if re.search(r"序号|费用名称|分项|明细|报价表", line.compact):
        return True
    found = row_label(line)
    return found is not None and (fee_key(found[0]) is not None or TOTAL_ROW.match(found[0]) is not None)


def _with_label(label_line: Line, label_start: int, line: Line, snip: Snippet) -> Snippet:
    """The evidence of a figure: from its label to the figure when on one line."""
    if line is label_line:
        return (
            label_line.snippet(label_start, label_line.text.find(snip.text, label_start) + len(snip.text))
            or snip
        )
    label = label_line.snippet(label_start, len(label_line.text))
    if label is None:
        return snip
    return Snippet(snip.page, f"{label.text} {snip.text}", union([label.bbox, snip.bbox]), snip.confidence)
