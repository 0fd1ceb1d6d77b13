"""A contract's fee breakdown → ``ContractFees`` (the ten fee keys of CONTRACT 1.1).

Works on lines of word boxes, so text-layer tables and OCR'd tables are read
the same way: a row is a visual line whose first cell (after a serial number)
is a fee label from labels.toml ``[fees]``; its amount is the figure in the
money column, found from the header (金额, 价款, 小计 …) by horizontal
alignment, or else the row's last amount. A 万元 unit in the header or a
``单位：万元`` note above the table scales bare figures. Fees listed in running
text (其中软件开发费120万元，硬件购置费80万元) are read when no table row is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from jianzheng.models import ContractFees
from jianzheng.models.money import Amount, find_amounts, parse_figure

from .labels import vocabulary
from .lines import Line, Snippet, union

_MONEY_HEADERS = (
    "金额",
    "价款",
    "合价",
    "小计",
    "总价",
    "费用(元)",
    "费用(万元)",
    "价格",
    "报价",
    "合计(元)",
)
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|总价|合同总价)")
# A group's subtotal row in a table whose fee category spans its items' rows (a merged cell):
# 软件开发费小计 583,838.00, 小计（硬件购置费）.
_SUBTOTAL_ROW = re.compile(r"^(?:(?P<before>.{2,14}?)(?:小计|合计)|小计[(（](?P<inside>.{2,14})[)）])$")


@dataclass(frozen=True)
class FeeTable:
    """The fees read, and the rows they were read from."""

    fees: ContractFees
    evidence: Snippet
    confidence: float
    total: tuple[Decimal, Snippet] | None = None
    """The table's 合计 row, when it prints one after the fee rows."""
    pre_tax: bool = False
    """The rows are priced before tax: a tax row (税额, 增值税) follows them and the price is the
    价税合计. Such rows are a bill of quantities, not the price broken into the declared fees,
    which add up to the contract amount with tax; and the table's 小计 is no contract price."""


def _money_column(lines: Sequence[Line], first: Line) -> tuple[float, float] | None:
    """The x-range of the money column's header above the first fee row."""
    for line in reversed([ln for ln in lines if ln.page == first.page and ln.index < first.index][-4:]):
        if _CLAUSE.match(line.compact):
            continue  # 第二条 合同价款: the clause's heading, no column's
        found = [
            (start, end, cell)
            for start, end in _header_cells(line)
            if any(h in (cell := re.sub(r"\s", "", line.text[start:end])) for h in _MONEY_HEADERS)
            and len(cell) <= 14
        ]
        # Priced before and after tax (不含税金额 | 税额 | 含税金额): the declared fees add up to the
        # contract amount with tax, so the column with tax is the fee.
        with_tax = [f for f in found if re.search(r"(?<!不)含税|价税合计", f[2])]
        for start, end, _ in (with_tax or found)[:1]:
            box = union(line.boxes[start:end])
            return box[0], box[2]
    return None


def _header_cells(line: Line) -> Iterator[tuple[int, int]]:
    """The header's cells; OCR may box several as one, set apart by spaces (不含税金额(元) 税率 税额(元)
    含税金额(元)): such a long box gives its words."""
    for start, end in line.cells():
        cell = line.text[start:end]
        if len(re.sub(r"\s", "", cell)) <= 14:
            yield start, end
            continue
        for word in re.finditer(r"\S+", cell):
            yield start + word.start(), start + word.end()


# Columns only a bill of goods has (产品名称 | 规格型号 | 数量 | 单价 …): its rows are goods and the
# services bought with them (系统集成及安装调试服务), priced before and after tax, not the contract's
# breakdown into the declaration's fee kinds, which the enterprise itself classifies.
_GOODS_HEADERS = ("规格", "型号", "品牌", "产地", "生产厂家", "制造商", "货物名称")
# A column naming each row's fee (序号 | 费用类别 | 名称及规格 | … | 金额): a price breakdown that
# lists its goods too, its rows priced by fee.
_FEE_COLUMN = ("费用类别", "费用名称", "费用项目", "费用类型", "费用构成", "费用组成")
_CLAUSE = re.compile(r"^第[一二三四五六七八九十\d]{1,3}[条章]")


def _under_goods_header(lines: Sequence[Line], row: Line) -> bool:
    """Whether the row stands under a header that names goods columns (a bill of goods).

    Searched up to the clause the table belongs to: a bill of goods wraps each model name over
    lines of its own (DS-2CD3T47 / EWD), so its fifth item can stand twenty lines under the header.
    """
    above = [ln for ln in lines if ln.page == row.page and ln.index < row.index][-24:]
    for line in reversed(above):
        # The header: the nearest line above with a money column's name and no figures.
        if any(h in line.compact for h in _MONEY_HEADERS) and not re.search(r"\d", line.compact):
            goods = any(g in line.compact for g in _GOODS_HEADERS)
            return goods and not any(c in line.compact for c in _FEE_COLUMN)
        if _CLAUSE.match(line.compact):
            return False
    return False


_YUAN_NOTE = re.compile(r"\(元\)|单位:元")


def _scale(lines: Sequence[Line], first: Line) -> Decimal:
    """10000 when the table's header or a note above it says 万元, the nearest unit note deciding.

    A line that prints an amount is no unit note: 合同总价 贰佰零叁万元整 above a table whose header
    says 金额(元) spells the price (its 万元 scaled a fee table of yuan by 10000).
    """
    above = [ln for ln in lines if ln.page == first.page and first.index - 5 <= ln.index < first.index]
    for line in reversed(above):
        if find_amounts(line.text):
            continue
        if "万元" in line.compact:
            return Decimal(10_000)
        if _YUAN_NOTE.search(line.compact):
            return Decimal(1)
    return Decimal(1)


def _row_amount(
    line: Line, start: int, column: tuple[float, float] | None
) -> tuple[Decimal, int, int] | None:
    amounts = [
        a for a in find_amounts(line.text[start:], bare=True) if a.kind == "figure" and a.value is not None
    ]
    if not amounts:
        return None
    if column is not None:
        centre = (column[0] + column[1]) / 2

        def distance(a: Amount) -> float:
            s, e = start + a.start, start + a.end
            box = union(line.boxes[s:e])
            return abs((box[0] + box[2]) / 2 - centre)

        best = min(amounts, key=distance)
    else:
        with_context = [a for a in amounts if not a.text.replace(".", "").isdigit() or "." in a.text]
        best = (with_context or amounts)[-1]
    assert best.value is not None
    return best.value, start + best.start, start + best.end


def _explicit_unit(text: str) -> bool:
    return parse_figure(text) is not None and ("万" in text or "元" in text)


_SERIAL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.)]?|^\(\d{1,2}\)")
_SERIAL_CELL = re.compile(r"[一二三四五六七八九十]{1,3}[、.)]?")


# A lot's number before the row's label (1  第1包  应用软件定制开发): a procurement in lots (包, 标段)
# prices each lot's rows under its number.
_LOT = re.compile(r"^\s*(?:\d{1,2}\s+)?(第?[\d一二三四五六七八九十]{1,2}(?:包|标段|标包|分包))\s*")


def lot_of(line: Line) -> str | None:
    """The lot a table row is priced under (第1包), if its first cell names one."""
    for start, end in line.cells()[:2]:
        found = _LOT.match(line.text[start:end])
        if found:
            return found.group(1)
    return None


def row_label(line: Line) -> tuple[str, int, int] | None:
    """The row's label (first cell with ideographs, serial number dropped): (label, start, end in text)."""
    for start, end in line.cells():
        cell = line.text[start:end]
        lot = _LOT.match(cell)
        if lot and lot.end() >= len(cell.rstrip()):
            continue  # the lot's own cell
        if lot:
            start, cell = start + lot.end(), cell[lot.end() :]
        # The serial number's own cell (一, 二、: a 1 OCR read as 一) is no label.
        if not re.search(r"[\u4e00-\u9fff]", cell) or _SERIAL_CELL.fullmatch(cell.strip()):
            continue
        digit = re.search(r"\d", cell[2:])
        stop = start + 2 + digit.start() if digit else end
        if digit:
            # Label and amount in one cell: a row only if the amount ends the cell.
            rest = [a for a in find_amounts(line.text[stop:end], bare=True) if a.kind == "figure"]
            if len(rest) != 1 or line.text[stop + rest[0].end : end].strip():
                return None
        label = _SERIAL.sub("", re.sub(r"\s", "", line.text[start:stop]))
        # OCR boxes a row's cells apart but may set them closer than a cell's gap (3 硬件设备购置费
        # 服务器、网络及安全设备): a first word that names a fee is the row's label.
        words = [w for w in re.finditer(r"\S+", line.text[start:stop]) if not _SERIAL.fullmatch(w.group(0))]
        if len(words) > 1 and re.search(r"(?:费|费用)$", words[0].group(0)):
            return _SERIAL.sub("", words[0].group(0)), start, start + words[0].end()
        return label, start, stop
    return None


def numbered(line: Line, start: int) -> bool:
    """Whether the row starts with a serial number (1, 一、, (1)) before its label.

    A numbered row is a line of a table (分项报价表: 1  软件定制开发  项  1  …), not prose.
    """
    head = re.sub(r"\s", "", line.text[:start])
    lot = _LOT.search(line.text[:start].rstrip())
    if lot:
        head = re.sub(r"\s", "", line.text[: lot.start(1)])  # 1 第1包: numbered before its lot
    if re.fullmatch(r"\d{1,2}", head) or _SERIAL_CELL.fullmatch(head):
        return True
    if not head and _SPACED_NUMERAL.match(line.text[start:]):
        return True  # 一 咨询设计服务: a 1 OCR read as 一, set apart from the label
    return not head and _ROW_NUMBER.match(re.sub(r"\s", "", line.text[start:])) is not None


_SPACED_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3} +[\u4e00-\u9fff]")


# A serial number printed in the label's own cell (OCR joins 1 and 软件定制开发); not a clause
# number (1.2 实施地点) nor an ideograph that merely starts a word (一体化).
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?![\d.])|\d{1,2}[、)]|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\))")


_LABEL_NOTE = re.compile(r"[(（][^()（）]*[)）]?$")


def fee_key(label: str, *, numbered: bool = False) -> str | None:
    """The fee key of a table row's label, or None when the row is no fee (合计, 付款, prose).

    A label that is no fee name of the vocabulary is classified by the fee rules only when
    it reads like a fee (…费, …费用, …款) or stands in a numbered table row: quotation tables
    name their rows by the work (软件定制开发, 服务器及网络设备采购), not by the fee.
    """
    vocab = vocabulary()
    # A note in brackets after the fee's name, wrapped or not (其他费用（安全文明施工费、专业工程…): the
    # name before it is the row's.
    bare = _LABEL_NOTE.sub("", label)
    label = bare if len(bare) >= 2 else label
    if not 2 <= len(label) <= 16 or TOTAL_ROW.match(label):
        return None
    if any(label == known for labels in vocab.fees.values() for known in labels):
        return vocab.fee_key(label)
    return vocab.fee_key(label) if numbered or re.search(r"(?:费|费用|款)$", label) else None


# A tax row below the priced rows (税额(6%)  184,584.91; 增值税税金 …; 销项税额 …).
_TAX_ROW = re.compile(r"^(?:\d{1,2})?(?:税额|税金|增值税|销项税|税费)[^\d]{0,8}(?:\(\d+%\))?.*\d")


def _pre_tax(lines: Sequence[Line], last: Snippet) -> bool:
    """Whether a tax row follows the table's last fee row closely (within its total rows)."""
    after = [ln for ln in lines if ln.page == last.page and ln.top > last.bbox[3] - 1][:4]
    return any(_TAX_ROW.match(line.compact) for line in after)


def extract_fees(lines: Sequence[Line]) -> FeeTable | None:
    """The fee breakdown on the lines, or None when no fee row is found."""
    rows: dict[str, tuple[Decimal, Snippet]] = {}
    lots: dict[str, set[str | None]] = {}
    column: tuple[float, float] | None = None
    scale: Decimal | None = None
    total: tuple[Decimal, Snippet] | None = None
    # The rows read since the last group subtotal: (key, value, whether a fee's own name labelled it).
    pending: list[tuple[str, Decimal, bool]] = []
    counts: dict[str, int] = {}
    for line in lines:
        found_label = row_label(line)
        if found_label is None:
            continue
        label, start, stop = found_label
        group = _group_subtotal(label)
        if group is not None and scale is not None:
            found_total = _row_amount(line, stop, column)
            snip = line.snippet(start, found_total[2]) if found_total else None
            if found_total is not None and snip is not None:
                value = found_total[0] * (
                    1 if _explicit_unit(line.text[found_total[1] : found_total[2]]) else scale
                )
                _close_group(rows, counts, pending, group, value, snip)
                pending = []
            continue
        if TOTAL_ROW.match(label) and lot_of(line) is not None:
            continue  # a lot's subtotal (第1包小计): the table's total comes after the lots
        if rows and total is None and TOTAL_ROW.match(label) and scale is not None:
            found_total = _row_amount(line, stop, column)
            snip = line.snippet(start, found_total[2]) if found_total else None
            if found_total is not None and snip is not None:
                explicit = _explicit_unit(line.text[found_total[1] : found_total[2]])
                total = (found_total[0] * (1 if explicit else scale), snip)
                # The total closes the table: a 其他 further on is a clause's heading (九、其他), not
                # a fee (a stray figure beside it made one: zepu seed 1).
                break
            continue
        key = fee_key(label, numbered=numbered(line, start))
        lot = lot_of(line)
        # The same kind of fee in another lot adds to it; in the same lot (or none) it is printed again.
        again = key in rows and (lot is None or lot in lots.get(key, set()))
        if key is None or again or _under_goods_header(lines, line):
            continue
        if scale is None:
            column, scale = _money_column(lines, line), _scale(lines, line)
        found = _row_amount(line, stop, column)
        if found is None:
            continue
        value, s, e = found
        if not _explicit_unit(line.text[s:e]):
            value = value * scale
        evidence = line.snippet(start, e)
        if evidence is not None:
            pending.append((key, value, _names_a_fee(label)))
            counts[key] = counts.get(key, 0) + 1
        if evidence is not None and key in rows:
            before, seen = rows[key]
            rows[key] = (
                before + value,
                Snippet(
                    seen.page,
                    f"{seen.text}；{evidence.text}",
                    union([seen.bbox, evidence.bbox]) if seen.page == evidence.page else seen.bbox,
                    min(seen.confidence, evidence.confidence),
                ),
            )
            lots[key].add(lot)
        elif evidence is not None:
            rows[key] = (value, evidence)
            lots[key] = {lot}
    if not rows:
        rows = _fees_in_text(lines)
    if set(rows) == {"other"} or not rows:
        return None  # 其他 alone is no fee table
    snippets = [s for _, s in rows.values()]
    first = snippets[0]
    evidence = Snippet(
        page=first.page,
        text="；".join(s.text for s in snippets if s.page == first.page),
        bbox=union([s.bbox for s in snippets if s.page == first.page]),
        confidence=min(s.confidence for s in snippets),
    )
    fees = ContractFees(**{key: value.quantize(Decimal("0.01")) for key, (value, _) in rows.items()})
    last = max(snippets, key=lambda s: (s.page, s.bbox[1]))
    return FeeTable(
        fees=fees,
        evidence=evidence,
        confidence=round(0.9 * evidence.confidence, 3),
        total=total,
        pre_tax=_pre_tax(lines, last),
    )


def _group_subtotal(label: str) -> str | None:
    """The fee key whose group a subtotal row closes (软件开发费小计), or None."""
    found = _SUBTOTAL_ROW.match(label)
    if found is None:
        return None
    name = found.group("before") or found.group("inside")
    return fee_key(name) if _names_a_fee(name) else None


def _names_a_fee(label: str) -> bool:
    """Whether a row's label is a fee's name (软件开发费, 其他), not an item of work (接入交换机)."""
    bare = _LABEL_NOTE.sub("", label)
    known = any(bare == name for names in vocabulary().fees.values() for name in names)
    return known or bool(re.search(r"(?:费|费用)$", bare))


def _close_group(
    rows: dict[str, tuple[Decimal, Snippet]],
    counts: dict[str, int],
    pending: list[tuple[str, Decimal, bool]],
    key: str,
    subtotal: Decimal,
    evidence: Snippet,
) -> None:
    """A group's subtotal replaces what its rows added: the rows since the last subtotal that carry
    the group's fee or no fee's name (its items: 接入交换机 under 硬件购置费). A row named by another
    fee stays: a category of one row printed without a subtotal between two groups."""
    for row_key, value, named in pending:
        if row_key != key and named:
            continue
        before, seen = rows[row_key]
        counts[row_key] -= 1
        if counts[row_key] == 0:
            del rows[row_key]
        else:
            rows[row_key] = (before - value, seen)
    counts[key] = counts.get(key, 0) + 1
    if key in rows:
        before, seen = rows[key]
        rows[key] = (before + subtotal, seen)
    else:
        rows[key] = (subtotal, evidence)


# A numbered item of a price breakdown, its label and a colon before the amount: (五)其他费用：¥.
_ITEM_LABEL = re.compile(
    r"(?:\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、)(?:其他|其它)费用?[:为]?(?:人民币)?[¥￥]?"
)


def _fees_in_text(lines: Sequence[Line]) -> dict[str, tuple[Decimal, Snippet]]:
    """Fees named in running text, each label followed closely by an amount with a unit."""
    rows: dict[str, tuple[Decimal, Snippet]] = {}
    # 其他 in a sentence is vague (其他费用由甲方承担); only a numbered item of the breakdown
    # ((五)其他费用：¥…元) names the other fees.
    labels = sorted(
        ((label, key) for key, ls in vocabulary().fees.items() for label in ls),
        key=lambda item: -len(item[0]),
    )
    previous: Line | None = None
    for at, line in enumerate(lines):
        # A paragraph wraps anywhere, inside a fee's name too (…软件产品购置 / 费 680872.45 元).
        wrapped = previous.compact if previous is not None and previous.page == line.page else ""
        previous = line
        following = lines[at + 1] if at + 1 < len(lines) and lines[at + 1].page == line.page else None
        for amount, end_snip in _figures_with_units(line, following):
            here = re.sub(r"\s", "", line.text[max(0, amount.start - 14) : amount.start])
            before = re.sub(
                r"(?:为|是|:|人民币)+$", "", (wrapped + here)[-14:] if amount.start < 14 else here
            )
            for label, key in labels:
                if key == "other" and not _ITEM_LABEL.fullmatch(here):
                    continue
                if before.endswith(label) and key not in rows:
                    start = line.text.rfind(label[0], 0, amount.start)
                    snip = line.snippet(max(start, 0), min(amount.end, len(line.text)))
                    if snip is not None and end_snip is not None:
                        snip = Snippet(
                            snip.page,
                            snip.text + end_snip.text,
                            union([snip.bbox, end_snip.bbox]),
                            min(snip.confidence, end_snip.confidence),
                        )
                    if snip is not None and amount.value is not None:
                        rows[key] = (amount.value, snip)
                    break
    return rows


_TAIL = re.compile(r"\d[\d,，.]*$")
_RUN_ON = re.compile(r"^\s*([\d,，.]*\d\s*(?:万元|元))")


def _figures_with_units(line: Line, following: Line | None) -> list[tuple[Amount, Snippet | None]]:
    """The line's figures stated with a unit (元, 万元), and a figure the paragraph wrapped in the
    middle (设备购置费38,422,47 / 6.00元), read whole with the unit from the next line's start: the
    piece there is returned as evidence beside it."""
    found: list[tuple[Amount, Snippet | None]] = [
        (a, None)
        for a in find_amounts(line.text)
        if a.kind == "figure" and a.value is not None and re.search(r"[元万]", a.text)
    ]
    tail = _TAIL.search(line.text.rstrip())
    rest = _RUN_ON.match(following.text) if following is not None and tail is not None else None
    if tail is None or rest is None or following is None:
        return found
    head = tail.group(0)
    whole = next((a for a in find_amounts(head + rest.group(1)) if a.start == 0 and a.kind == "figure"), None)
    piece = following.snippet(0, rest.end(1))
    if whole is None or whole.value is None or whole.end <= len(head) or piece is None:
        return found
    found.append((replace(whole, start=tail.start(), end=tail.start() + whole.end), piece))
    return found
