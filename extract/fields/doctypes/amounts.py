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

from jianzheng.models.money import Amount, amounts_agree, find_amounts, money_precision, unit_note

from ..fee_table import TOTAL_ROW, fee_key, row_label
from ..lines import Line, Snippet, union
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
        yearly: tuple[PriceReading, int] | None = None
        for i, line in enumerate(reading.lines):
            if yearly is not None and i > yearly[1] + 2:
                return yearly[0]
            # A year's fee (年度运维服务费) is the price only where no total is stated within two lines.
            positions = sorted(_label_positions(line, labels), key=lambda p: _per_period(line, p))
            if not positions:
                continue
            found = _price_near(reading, i, positions[0], same_line_only=same_line_only)
            if found is None:
                continue
            found = _words_stated_again(reading, i, labels, _with_companion(reading, i, labels, found))
            if not _per_period(line, positions[0]):
                return found
            yearly = yearly or (found, i)
        if yearly is not None:
            return yearly[0]
    return None


def _per_period(line: Line, position: tuple[int, int]) -> bool:
    return _PER_PERIOD.match(line.compact, position[0]) is not None


# A price per period (年度运维服务费, 每年服务费): the contract's total, when also stated, is the price.
_PER_PERIOD = re.compile(r"年度|每年|每月|月度")


def _words_stated_again(reading: Reading, i: int, labels: Sequence[str], found: PriceReading) -> PriceReading:
    """A price found in figures alone (a 合同要素表's 合同金额 cell) with the capital numerals of the
    clause that states the same figure again further on (合同总价为人民币（大写）…（小写：¥…）), the
    same at the coarser of the two precisions (68.46万元 in the grid, ¥684,642.80 in the clause)."""
    if found.capital is not None or found.figure is None:
        return found
    for j in range(i + 1, len(reading.lines)):
        positions = _label_positions(reading.lines[j], labels)
        again = _price_near(reading, j, positions[0], same_line_only=False) if positions else None
        if again is not None and again.capital is not None and again.figure is not None:
            (first, _), (second, _) = found.figure, again.figure
            if (
                first.value is not None
                and second.value is not None
                and amounts_agree(
                    first.value, money_precision(first.text), second.value, money_precision(second.text)
                )
            ):
                return PriceReading(found.figure, again.capital)
            return found  # the clause states another figure: its words are no companion of this one
    return found


_WORDS_OR_FIGURES = re.compile(r"^(?:人民币)?\(?(?:大写|小写)\)?")
_FIGURES_AFTER_WRAP = re.compile(
    r"^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]*(?:[(（](?:人民币)?(?:小写)?[:：]?[¥￥]?|[¥￥])(?=\d)"
)


def _with_companion(reading: Reading, i: int, labels: Sequence[str], found: PriceReading) -> PriceReading:
    """The price with the other spelling from the next line, when that line states it under the
    same label or as 大写/小写 (合同总价（大写）：人民币… / 合同总价（小写）：¥…, or 人民币（小写）¥…): both
    are the price."""
    # The line before counts only by its 大写/小写 mark: a label set at the middle of a cell of two
    # lines (人民币（大写）… over 合同金额 over （小写）¥…) has one spelling above it, one below.
    for j in (i + 1, i - 1):
        if found.figure is not None and found.capital is not None:
            return found
        if not 0 <= j < len(reading.lines) or reading.lines[j].page != reading.lines[i].page:
            continue
        nxt = reading.lines[j]
        positions = _label_positions(nxt, labels) if j > i else []
        marker = _WORDS_OR_FIGURES.match(nxt.compact)
        if j > i and found.figure is None and not positions and not (marker and marker.end()):
            # Capital numerals wrapped at the line's end, their figures in brackets after them on
            # the next line (…壹佰伍拾肆 / 元叁角陆分（¥1,215,154.36元）).
            marker = _FIGURES_AFTER_WRAP.match(nxt.compact)
        if not (positions or (marker and marker.end())):
            continue
        at = positions[0] if positions else (0, marker.end() if marker else 0)
        other = _price_near(reading, j, at, same_line_only=True)
        if other is not None:
            found = PriceReading(found.figure or other.figure, found.capital or other.capital)
    return found


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
    for printed, offset in window:
        wline = _run_on(lines, printed)
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
                amount = _in_noted_unit(amount, line.text[start : line.cmap[position[1] - 1] + 1 + 12])
                figure = (amount, _with_label(wline if printed is line else line, start, wline, snip))
            elif amount.kind == "capital" and capital is None:
                capital = (amount, snip)
        if figure and capital:
            break
    if figure is None and capital is None:
        return None
    return PriceReading(figure, capital)


def _in_noted_unit(amount: Amount, label_text: str) -> Amount:
    """A bare figure (no 元, no ¥) after a label noting its unit (合同金额（万元）：250.00) in yuan.

    Read as yuan, 250.00 under （万元） would be ten thousand times too small; the evidence keeps the
    label, so money.printed_unit still tells the precision it was printed at.
    """
    if amount.value is None or re.search(r"[元万亿¥$]|RMB|CNY|人民币", amount.text):
        return amount
    note = unit_note(label_text.split(amount.text)[0])
    if note is None or note[1] == 1:
        return amount
    return Amount(amount.text, amount.start, amount.end, amount.kind, amount.value * note[1])


_WRAPPED_TAIL = re.compile(r"[\d,.¥零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分]$")
_WRAPPED_HEAD = re.compile(r"^\s*([\d,.零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)")


def _run_on(lines: Sequence[Line], line: Line) -> Line:
    """The line with the start of the next one when a paragraph wrapped an amount over the break.

    Prices stated inside a clause wrap wherever the line ends: …柒仟贰佰元 / 整）… or
    （小写：2,435,300. / 00元）. The characters that run on belong to the amount; cut
    short, 贰佰元 and 2,435 would read as other numbers.
    """
    if not _WRAPPED_TAIL.search(line.text.rstrip()):
        return line
    at = next((k for k, candidate in enumerate(lines) if candidate is line), None)
    if at is None or at + 1 >= len(lines):
        return line
    nxt = lines[at + 1]
    head = _WRAPPED_HEAD.match(nxt.text)
    if head is None or nxt.page != line.page or nxt.top - line.bottom > 1.5 * line.height:
        return line
    a, b = head.start(1), head.end(1)
    return Line(
        page=line.page,
        index=line.index,
        text=line.text.rstrip() + nxt.text[a:b],
        boxes=line.boxes[: len(line.text.rstrip())] + nxt.boxes[a:b],
        confs=line.confs[: len(line.text.rstrip())] + nxt.confs[a:b],
        height=line.height,
        word_of=line.word_of[: len(line.text.rstrip())] + [-1] * (b - a),
    )


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
