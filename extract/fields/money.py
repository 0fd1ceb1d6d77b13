"""Money as printed on Chinese business documents → ``Decimal`` yuan.

Figures (¥2,450,000.00 · 2450000元 · 245万元 · 245.00万) and capital numerals
(人民币贰佰肆拾伍万元整 · 壹拾万零伍佰元整 · 壹佰贰拾叁元肆角伍分). Never float.

The capital-numeral reader is written by hand rather than wrapping cn2an:
cn2an knows neither 角/分 nor Decimal, and it is lenient where we must be
strict. A capital amount is what a forger or a bad scan alters, so a string
with an unknown character (叁任 for 叁仟), a doubled unit (仟仟), units out of
order (伍佰叁仟) or an ambiguous bare digit (壹万伍: 10005 or 15000?) is
*unreadable* (None), never read as some other number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from jianzheng.models.text import compact, is_han, normalise

# Digits, upper-case (大写) and lower-case forms, with the traditional variants.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0,
    "壹": 1, "一": 1,
    "贰": 2, "貳": 2, "二": 2, "两": 2, "兩": 2,
    "叁": 3, "參": 3, "三": 3,
    "肆": 4, "四": 4,
    "伍": 5, "五": 5,
    "陆": 6, "陸": 6, "六": 6,
    "柒": 7, "七": 7,
    "捌": 8, "八": 8,
    "玖": 9, "九": 9,
}  # fmt: skip
UNITS: dict[str, int] = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
SECTIONS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
YUAN = set("元圆圓")
WHOLE = set("整正")
CAPITAL_CHARS = set(DIGITS) | set(UNITS) | set(SECTIONS) | YUAN | WHOLE | set("角分")
# A capital amount must show at least one of these to be told apart from a
# stray 一 or 十 in running text.
_CAPITAL_MARKERS = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟") | YUAN | set("角分")
_UPPER_DIGITS = set("壹贰貳叁參肆伍陆陸柒捌玖")

_PREFIX = re.compile(r"^(?:人民币|RMB|CNY|\(?大写\)?|金额|[:：])+")
_FRACTION = re.compile(r"^零?(?:(?P<jiao>[1-9])角)?零?(?:(?P<fen>[1-9])分)?$")

UNIT_FACTORS: dict[str, Decimal] = {"亿元": Decimal(100_000_000), "亿": Decimal(100_000_000),
                                    "万元": Decimal(10_000), "万": Decimal(10_000),
                                    "元": Decimal(1), "圆": Decimal(1), "": Decimal(1)}  # fmt: skip

_FIGURE = re.compile(
    r"(?<![A-Za-z0-9_.,])(?P<cur>¥|RMB|CNY|人民币|\$)?\s*"
    # OCR reads a thousands comma as a dot (478,328.423.92): accepted only
    # when the figure still ends in two decimals after a dot.
    r"(?P<num>[-−]?(?:\d{1,3}(?:[,.]\s?\d{3})+\.\d{2}(?!\d)|(?:\d{1,3}(?:,\s?\d{3})+|\d+)(?:\.\d+)?))"
    r"\s*(?P<unit>亿元|万元|亿|万|元|圆)?(?![\d.])"
)


_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\.(?:0[1-9]|1[0-2])")


class _Malformed(ValueError):
    """A capital amount that breaks the numeral grammar."""


def _section(chars: str, *, leading: bool) -> int:
    """One group below 万 (仟佰拾 and units). ``leading``: first group of the amount."""
    value, last_unit, pending, zero, started = 0, 10_000, None, False, False
    for ch in chars:
        if ch in DIGITS and DIGITS[ch] == 0:
            if pending is not None or zero:
                raise _Malformed(ch)
            zero = True
        elif ch in DIGITS:
            if pending is not None:
                raise _Malformed("two digits in a row")
            pending = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit >= last_unit:
                raise _Malformed("unit repeated or out of order")
            if pending is None:
                # 拾万元 (100000) is written without 壹; no other unit may stand alone.
                if not (unit == 10 and not started and leading and not zero):
                    raise _Malformed("unit without digit")
                pending = 1
            value += pending * unit
            last_unit, pending, zero, started = unit, None, False, True
        else:
            raise _Malformed(ch)
    if pending is not None:
        # A bare digit is the units digit only when nothing is skipped before it
        # (after 拾, after 零, or alone); 壹佰伍 could mean 105 or 150.
        if started and last_unit != 10 and not zero:
            raise _Malformed("ambiguous bare digit")
        if not started and not leading and not zero:
            raise _Malformed("ambiguous bare digit after 万/亿")
        value += pending
    elif zero and started:
        raise _Malformed("trailing 零")
    return value


def _integer(chars: str) -> int:
    """The yuan part: groups split at 亿 and 万."""
    if not chars:
        return 0
    if chars in {"零", "〇"}:
        return 0
    total, rest, leading = 0, chars, True
    for marker_set, factor in ((("亿", "億"), 100_000_000), (("万", "萬"), 10_000)):
        hits = [i for i, ch in enumerate(rest) if ch in marker_set]
        if len(hits) > 1:
            raise _Malformed("section marker repeated")
        if hits:
            head, rest = rest[: hits[0]], rest[hits[0] + 1 :]
            if not head or head in {"零", "〇"}:
                raise _Malformed("empty section")
            total += _section(head, leading=leading) * factor
            leading = False
    if rest:
        total += _section(rest, leading=leading)
    return total


def parse_capital(text: str) -> Decimal | None:
    """A capital-numeral amount in yuan, or None when it is malformed or damaged.

    >>> parse_capital("人民币贰佰肆拾伍万元整")
    Decimal('2450000')
    >>> parse_capital("壹佰贰拾叁元肆角伍分")
    Decimal('123.45')
    >>> parse_capital("叁任元整") is None
    True
    """
    s = _PREFIX.sub("", compact(text))
    if not s or not any(ch in _CAPITAL_MARKERS for ch in s):
        return None
    while s and s[-1] in WHOLE:
        s = s[:-1]
    yuan_at = [i for i, ch in enumerate(s) if ch in YUAN]
    if len(yuan_at) > 1:
        return None
    if yuan_at:
        head, tail = s[: yuan_at[0]], s[yuan_at[0] + 1 :]
    elif "角" in s or "分" in s:
        head, tail = "", s
    else:
        head, tail = s, ""
    tail_digits = "".join(str(DIGITS[ch]) if DIGITS.get(ch) else ch for ch in tail)
    fraction = _FRACTION.match(tail_digits)
    if fraction is None or (not head and not tail):
        return None
    try:
        yuan = _integer(head)
    except _Malformed:
        return None
    jiao, fen = int(fraction["jiao"] or 0), int(fraction["fen"] or 0)
    return Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100


def parse_figure(text: str) -> Decimal | None:
    """An amount printed in figures, with its unit applied (245万元 → 2450000).

    Accepts a currency sign (¥ ￥ RMB 人民币), thousands separators, a unit
    (元 万元 万 亿元), a minus sign or accounting brackets. Returns None when the
    text is not one amount or has more than two decimals in yuan.
    """
    s = compact(text).replace("−", "-")
    negative = s.startswith("(") and s.endswith(")")
    if negative:
        s = s[1:-1]
    match = _FIGURE.fullmatch(s)
    if match is None:
        return None
    return _figure_value(match, negative=negative)


def _figure_value(match: re.Match[str], *, negative: bool = False) -> Decimal | None:
    try:
        raw = match["num"].replace(" ", "").replace("−", "-")
        whole, _, cents = (
            raw.rpartition(".") if raw.count(".") > 1 or ("," in raw and "." in raw) else (raw, "", "")
        )
        digits = f"{whole.replace(',', '').replace('.', '')}.{cents}" if cents else raw.replace(",", "")
        number = Decimal(digits)
    except InvalidOperation:
        return None
    value = number * UNIT_FACTORS[match["unit"] or ""]
    if negative:
        value = -value
    value = value.normalize() if value == value.to_integral() else value
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        return None
    return value.quantize(Decimal(1)) if exponent > 0 else value  # type: ignore[operator]


def parse_money(text: str) -> Decimal | None:
    """The amount a short text states: in figures if it has them, else in capital numerals.

    For a longer text (a whole line) this returns the first amount that
    ``find_amounts`` finds.
    """
    figure = parse_figure(text)
    if figure is not None:
        return figure
    capital = parse_capital(text)
    if capital is not None:
        return capital
    found = find_amounts(text)
    return found[0].value if found else None


@dataclass(frozen=True)
class Amount:
    """An amount found in a line of text: where it is and what it reads."""

    text: str
    start: int
    end: int
    kind: Literal["figure", "capital"]
    value: Decimal | None
    """None for a capital amount that is printed but unreadable."""


def find_amounts(text: str, *, bare: bool = False) -> list[Amount]:
    """Every amount in a line: figures with money context, and capital-numeral runs.

    Offsets index the NFKC-normalised text (same length as the input for
    the characters that documents use). A figure needs a currency sign, a
    unit, thousands separators or exactly two decimals, unless ``bare`` (a
    table cell under a money header) accepts any number.
    """
    s = normalise(text)
    found: list[Amount] = []
    for match in _FIGURE.finditer(s):
        num = match["num"]
        two_decimals = re.search(r"\.\d{2}$", num) is not None
        context = match["cur"] or match["unit"] or "," in num or two_decimals or bare
        after = s[match.end() : match.end() + 1]
        if not context or (match["unit"] is None and after and after in "年月日号-/.%"):
            continue
        if not (match["cur"] or match["unit"] or "," in num) and _YEAR_MONTH.fullmatch(num):
            continue  # 2024.03 is a month, not an amount
        if match["unit"] is None and re.match(r",\d", s[match.end() : match.end() + 2]):
            continue  # 2,435 of 2,435,300. whose line broke after the point: a piece, not a figure
        value = _figure_value(match)
        if value is not None:
            # Offsets of the amount as printed, not of the blank before it: a table reader
            # places a figure in its column by the box of these characters.
            whole = match.group(0)
            start = match.start() + len(whole) - len(whole.lstrip())
            end = match.end() - len(whole) + len(whole.rstrip())
            found.append(Amount(whole.strip(), start, end, "figure", value))
    found.extend(find_capital_runs(s))
    return sorted(found, key=lambda a: a.start)


def find_capital_runs(text: str) -> list[Amount]:
    """Capital-numeral runs in a line, each read strictly (value None when unreadable).

    A run takes in an unknown ideograph sandwiched between capital characters
    (叁任伍佰元), so that a damaged amount is reported unreadable rather than cut
    into a shorter, wrong one.
    """
    s = normalise(text)
    runs: list[Amount] = []
    i = 0
    while i < len(s):
        if s[i] not in CAPITAL_CHARS or s[i] in WHOLE:
            i += 1
            continue
        j = i
        while j < len(s):
            ch = s[j]
            if ch in CAPITAL_CHARS or (ch.isspace() and j + 1 < len(s) and s[j + 1] in CAPITAL_CHARS):
                j += 1
            elif is_han(ch) and any(c in CAPITAL_CHARS - WHOLE for c in s[j + 1 : j + 3]) and j > i:
                j += 1
            else:
                break
        run = s[i:j].rstrip()
        core = run.rstrip("整正")
        if sum(ch in _CAPITAL_MARKERS for ch in run) >= 2 and (
            any(ch in _UPPER_DIGITS for ch in run) or any(ch in YUAN for ch in run)
        ):
            if any(ch in YUAN or ch in "角分" for ch in run) or len(core) >= 3:
                runs.append(Amount(run, i, i + len(run), "capital", parse_capital(run)))
        i = max(j, i + 1)
    return runs


# A unit printed for the figures under or after it: a statement's header (单位：万元, 金额单位：千元,
# 单位：人民币元) or a label's or column's note (合同金额（万元）).
_UNIT_NOTE = re.compile(
    r"(?:金额)?单位[:：]?\s*(?P<unit>(?:人民币)?(?:百万|千|万|亿)?元)"
    r"|\(\s*(?P<bracketed>(?:人民币)?(?:百万|千|万|亿)?元)\s*\)"
)


def unit_note(text: str) -> tuple[str, Decimal] | None:
    """The unit a header or label note prints (单位：万元 → ("万元", 10000)), if the text has one.

    The units and their factors are data (labels.toml ``[money_units]``).
    """
    from .labels import vocabulary  # the vocabulary imports nothing of this module's

    match = _UNIT_NOTE.search(compact(text))
    if match is None:
        return None
    unit = match["unit"] or match["bracketed"]
    factor = vocabulary().money_units.get(unit)
    return (unit, Decimal(factor)) if factor is not None else None


def printed_unit(text: str) -> Decimal:
    """The unit, in yuan, an amount was printed in: 396.29万元 → 10000, a figure read under
    单位：千元 (its evidence text carries the note) → 1000; yuan and capital numerals → 1."""
    s = compact(text)
    match = _FIGURE.search(s)
    if match is not None and match["unit"]:
        return UNIT_FACTORS[match["unit"]]
    note = unit_note(s)
    return note[1] if note is not None else Decimal(1)


def money_precision(text: str) -> Decimal:
    """The place value, in yuan, of the last digit printed (245万元 → 10000, 245.00万 → 100,
    396.29 under 单位：万元 → 100).

    Capital numerals are exact to the yuan unless they print 角 or 分. A consumer comparing a
    read amount with a declared one compares at this precision (the Extracted text is what was
    printed, with the header's unit note when the unit came from a header).
    """
    s = compact(text)
    match = _FIGURE.search(s)
    if match is None or (any(ch in _UPPER_DIGITS for ch in s) and match["unit"] is None):
        return Decimal("0.01") if ("角" in s or "分" in s) else Decimal(1)
    decimals = len(match["num"].split(".")[1]) if "." in match["num"] else 0
    return printed_unit(s) * Decimal(1).scaleb(-decimals)
