"""Amounts printed in figures → ``Decimal`` yuan: ¥2,450,000.00 · 2450000元 · 245万元 · 245.00万.

``find_amounts`` finds every amount of a line, in figures and in capital
numerals (capital.py); ``parse_money`` reads the one amount of a short text.
``parse_typed`` reads an amount a person typed into a declaration. Never float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..text import compact, normalise
from .capital import find_capital_runs, parse_capital
from .types import Amount
from .units import unit_factor

UNIT_FACTORS: dict[str, Decimal] = {"亿元": Decimal(100_000_000), "亿": Decimal(100_000_000),
                                    "万元": Decimal(10_000), "万": Decimal(10_000),
                                    "元": Decimal(1), "圆": Decimal(1), "": Decimal(1)}  # fmt: skip

FIGURE = re.compile(
    r"(?<![A-Za-z0-9_.,])(?P<cur>¥|RMB|CNY|人民币|\$)?\s*"
    # OCR reads a thousands comma as a dot (478,328.423.92): accepted only
    # when the figure still ends in two decimals after a dot.
    r"(?P<num>[-−]?(?:\d{1,3}(?:[,.]\s?\d{3})+\.\d{2}(?!\d)|(?:\d{1,3}(?:,\s?\d{3})+|\d+)(?:\.\d+)?))"
    r"\s*(?P<unit>亿元|万元|亿|万|元|圆)?(?![\d.])"
)


_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\.(?:0[1-9]|1[0-2])")

# Thousands set apart by blanks (¥3 586 200.00, the ISO way some templates print): taken only with
# a currency sign or a 小写 label before or 元 after, and cents, since blanks also part a table's
# neighbouring cells (a quantity 3 beside a price 586 200.00 is never read as one figure without them).
SPACED = re.compile(
    r"(?<![A-Za-z0-9_.,])(?:(?P<cur>¥|RMB|CNY|人民币)\s*(?P<num>\d{1,3}(?: \d{3})+\.\d{2})(?![\d.])\s*(?P<unit>元)?"
    r"|(?P<num2>\d{1,3}(?: \d{3})+\.\d{2})\s*(?P<unit2>元))"
    r"|(?<=小写)[:：]?\s*(?P<num3>\d{1,3}(?: \d{3})+\.\d{2})(?![\d.])"
)


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
    match = FIGURE.fullmatch(s)
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
    return _yuan(number, match["unit"] or "", negative=negative)


def _yuan(number: Decimal, unit: str, *, negative: bool = False) -> Decimal | None:
    """A printed number with its unit applied, to the cents it states (None past the cents)."""
    value = number * UNIT_FACTORS[unit]
    if negative:
        value = -value
    value = value.normalize() if value == value.to_integral() else value
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        # Zeros printed past the cents say nothing (a 万元 column kept to four places: 236.0400).
        trimmed = value.normalize()
        if trimmed.as_tuple().exponent < -2:  # type: ignore[operator]
            return None
        value = trimmed.quantize(Decimal("0.01"))
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


def find_amounts(text: str, *, bare: bool = False) -> list[Amount]:
    """Every amount in a line: figures with money context, and capital-numeral runs.

    Offsets index the NFKC-normalised text (same length as the input for
    the characters that documents use). A figure needs a currency sign, a
    unit, thousands separators or exactly two decimals, unless ``bare`` (a
    table cell under a money header) accepts any number.
    """
    s = normalise(text)
    found: list[Amount] = []
    spaced: list[tuple[int, int]] = []
    for match in SPACED.finditer(s):
        number = match["num"] or match["num2"] or match["num3"]
        value = _yuan(Decimal(number.replace(" ", "")), "元")
        printed = number if match["num3"] else match.group(0).strip()
        start = match.start() + match.group(0).index(printed)
        if value is not None:
            found.append(Amount(printed, start, start + len(printed), "figure", value))
            spaced.append((match.start(), match.end()))
    for match in FIGURE.finditer(s):
        if any(a < match.end() and match.start() < b for a, b in spaced):
            continue
        num = match["num"]
        two_decimals = re.search(r"\.\d{2}$", num) is not None
        context = match["cur"] or match["unit"] or "," in num or two_decimals or bare
        after = s[match.end() : match.end() + 1]
        # Right after the number, a dash, slash or dot ties it to what follows (2024-05, 1/2); past a
        # blank, a minus opens the next cell's figure (1,235,767.47 -410,255.08 on a statement row).
        touching = s[match.start("num") + len(num) : match.start("num") + len(num) + 1]
        if not context or (
            match["unit"] is None and ((after and after in "年月日号%") or (touching and touching in "-/."))
        ):
            continue
        if not (match["cur"] or match["unit"] or "," in num) and _YEAR_MONTH.fullmatch(num):
            continue  # 2024.03 is a month, not an amount
        if match["unit"] is None and re.match(r",\d", s[match.end() : match.end() + 2]):
            continue  # 2,435 of 2,435,300. whose line broke after the point: a piece, not a figure
        if (
            not match["cur"]
            and re.match(r"\d{3}(?:\.|$)", num)
            and re.search(r"\d{1,3}(?: \d{3})+ $", s[: match.start()])
        ):
            continue  # 200.00 of 3 586 200.00 printed without a sign or 元: the tail of a figure
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


# A unit printed for the figures under or after it: a statement's header (单位：万元, 金额单位：千元,
# 单位：人民币元) or a label's or column's note (合同金额（万元）).
_UNIT_NOTE = re.compile(
    r"(?:金额)?单位[:：]?\s*(?P<unit>(?:人民币)?(?:百万|千|万|亿)?元)"
    r"|\(\s*(?P<bracketed>(?:人民币)?(?:百万|千|万|亿)?元)\s*\)"
)


def unit_note(text: str) -> tuple[str, Decimal] | None:
    """The unit a header or label note prints (单位：万元 → ("万元", 10000)), if the text has one.

    The units and their factors are data (units.toml).
    """
    match = _UNIT_NOTE.search(compact(text))
    if match is None:
        return None
    unit = match["unit"] or match["bracketed"]
    factor = unit_factor(unit)
    return (unit, factor) if factor is not None else None


def printed_unit(text: str) -> Decimal:
    """The unit, in yuan, an amount was printed in: 396.29万元 → 10000, a figure read under
    单位：千元 (its evidence text carries the note) → 1000; yuan and capital numerals → 1."""
    s = compact(text)
    match = FIGURE.search(s)
    if match is not None and match["unit"]:
        return UNIT_FACTORS[match["unit"]]
    note = unit_note(s)
    return note[1] if note is not None else Decimal(1)


_TYPED = re.compile(r"^(?P<sign>-)?(?P<number>\d+(?:\.\d+)?)(?P<unit>[^\d.]*)$")


def parse_typed(text: str) -> tuple[Decimal, str | None] | None:
    """An amount a person typed ("2,450,000.00", "¥245.00万", "(1,200)") → (number, unit written after it).

    The number is as typed, before its unit is applied, so that its last digit still tells the
    precision it was declared with; the caller looks the unit up (``unit_factor``) or refuses it.
    None when the text is not one amount.
    """
    cleaned = re.sub(r"[\s,，¥￥]", "", normalise(text))
    cleaned = re.sub(r"^(人民币|rmb)", "", cleaned, flags=re.IGNORECASE)
    if cleaned.startswith("(") and cleaned.endswith(")"):  # accounting style (1,200.00)
        cleaned = "-" + cleaned[1:-1]
    found = _TYPED.match(cleaned)
    if not found:
        return None
    number = Decimal(found["number"])
    return (-number if found["sign"] else number), found["unit"] or None
