"""Money as contracts, invoices and receipts print it: figures in many spellings and 人民币大写.

Writers take an amount in yuan (``Decimal``) and a style; ``read_capital`` and ``read_figure`` read
the printed text back (for the selfcheck, never for the checker). Capital numerals follow the
《支付结算办法》 rules: one 零 for a run of zeros, an optional 零 after a 万 or 元 place that is zero,
整/正 after 元 or 角, 拾 with or without a leading 壹.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)
WAN = Decimal(10000)


def q2(value: Decimal) -> Decimal:
    """Round to the fen."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_unit(value: Decimal, unit: Decimal) -> Decimal:
    """Round ``value`` to a multiple of ``unit`` (100 for a 万元 figure with two decimals)."""
    return (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


def _group(g: int, *, leading: bool, omit_shi: bool) -> str:
    """Words for one four-digit group without its 万/亿 unit; internal zero runs become one 零."""
    digits = [g // 1000 % 10, g // 100 % 10, g // 10 % 10, g % 10]
    units = ["仟", "佰", "拾", ""]
    out = []
    started = False
    zero = False
    for d, u in zip(digits, units, strict=True):
        if d == 0:
            zero = started
            continue
        if zero:
            out.append("零")
            zero = False
        if leading and not started and u == "拾" and d == 1 and omit_shi:
            out.append("拾")
        else:
            out.append(DIGITS[d] + u)
        started = True
    return "".join(out)


def _integer_words(n: int, *, omit_shi: bool, extra_zero: bool) -> str:
    if n == 0:
        return "零"
    groups = [n // 10**8, n // 10**4 % 10**4, n % 10**4]
    names = ["亿", "万", ""]
    out = ""
    pending_zero = False
    previous = None
    for g, name in zip(groups, names, strict=True):
        if g == 0:
            if out:
                pending_zero = True
            continue
        if out and (g < 1000 or pending_zero or (extra_zero and previous is not None and previous % 10 == 0)):
            out += "零"
        pending_zero = False
        out += _group(g, leading=not out, omit_shi=omit_shi) + name
        previous = g
    return out


def capital(
    amount: Decimal,
    *,
    yuan: str = "元",
    end: str = "整",
    omit_shi: bool = False,
    extra_zero: bool = False,
    jiao_end: bool = False,
) -> str:
    """人民币大写 of ``amount``: 壹佰贰拾叁万肆仟伍佰陆拾柒元整, …元伍角陆分, 贰拾万零伍佰元正.

    ``omit_shi`` writes 拾万 for 壹拾万 (a leading 壹 before 拾); ``extra_zero`` adds the optional 零
    after a 万 place that is zero (壹拾万零柒仟); ``jiao_end`` puts 整 after a trailing 角.
    """
    amount = q2(amount)
    whole = int(amount)
    fen_total = int((amount - whole) * 100)
    jiao, fen = divmod(fen_total, 10)
    words = _integer_words(whole, omit_shi=omit_shi, extra_zero=extra_zero) + yuan if whole else ""
    if jiao == 0 and fen == 0:
        return words + end
    if jiao:
        if whole and whole % 10 == 0 and extra_zero:
            words += "零"
        words += DIGITS[jiao] + "角"
    elif whole:
        words += "零"
    if fen:
        words += DIGITS[fen] + "分"
    elif jiao_end:
        words += end
    return words


def fixed_capital(amount: Decimal, places: str = "佰拾万仟佰拾元角分", blank: str = "⊗") -> str:
    """A receipt's fixed-position 大写 row: ⊗佰⊗拾贰万叁仟肆佰伍拾陆元柒角捌分 (blank before the first digit)."""
    cents = int(q2(amount) * 100)
    digits = str(cents).rjust(len(places), "0")
    if len(digits) > len(places):
        raise ValueError(f"{amount} does not fit {places}")
    first = next((i for i, d in enumerate(digits) if d != "0"), len(digits))
    return "".join(
        (blank if i < first else DIGITS[int(d)]) + place
        for i, (d, place) in enumerate(zip(digits, places, strict=True))
    )


GRID_HEADS = "亿千百十万千百十元角分"


def grid_cells(amount: Decimal, heads: str = GRID_HEADS) -> list[str]:
    """One character per box of a digit grid: empty boxes, ``￥`` in the box before the first digit."""
    cents = str(int(q2(amount) * 100))
    cells = [""] * len(heads)
    start = len(heads) - len(cents)
    if start < 1:
        raise ValueError(f"{amount} does not fit a grid of {len(heads)} boxes")
    for i, d in enumerate(cents):
        cells[start + i] = d
    cells[start - 1] = "￥"
    return cells


def _commas(value: Decimal, sep: str = ",") -> str:
    whole, frac = f"{q2(value):.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups) + "." + frac


FIGURE_STYLES = (
    "yen_comma",
    "yen_space",
    "fw_yen_plain_yuan",
    "rmb",
    "fullwidth",
    "space_sep",
    "plain",
    "wan2",
    "wan4",
)


def figure(value: Decimal, style: str) -> str:
    """The amount in one of the printed spellings of FIGURE_STYLES (万 styles: the value in 万元)."""
    if style == "yen_comma":
        return "¥" + _commas(value)
    if style == "yen_space":
        return "¥ " + _commas(value)
    if style == "fw_yen_plain_yuan":
        v = q2(value)
        text = f"{int(v)}" if v == int(v) else f"{v:.2f}"
        return "￥" + text + "元"
    if style == "rmb":
        return "RMB " + _commas(value)
    if style == "fullwidth":
        return "￥" + _commas(value).translate(FULL_WIDTH)
    if style == "space_sep":
        return _commas(value, " ")
    if style == "plain":
        return f"{q2(value):.2f}"
    if style == "wan2":
        return wan(value, 2)
    if style == "wan4":
        return wan(value, 4)
    raise ValueError(f"unknown figure style {style!r}")


def wan(value: Decimal, places: int, unit: str = "万元") -> str:
    """``value`` yuan as 万元 with ``places`` decimals (the value must be exact at that precision)."""
    shown = value / WAN
    step = Decimal(1).scaleb(-places)
    if shown.quantize(step) != shown:
        raise ValueError(f"{value} is not exact in 万元 to {places} places")
    return f"{shown.quantize(step)}{unit}"


def wan_short(value: Decimal) -> str:
    """万元 with as few decimals as the value needs (0.8万元, 12.5万元, 120万元)."""
    shown = (value / WAN).normalize()
    text = f"{shown:f}"
    return text + "万元"


# --- reading back (selfcheck) -------------------------------------------------------------------

_CAP_DIGIT = {c: i for i, c in enumerate(DIGITS)} | {"⊗": 0, "〇": 0, "两": 2}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10**4, "亿": 10**8}


def read_capital(text: str) -> Decimal | None:
    """Read 人民币大写 (also the ⊗ fixed-position form) back to yuan; None when it is not capital numerals."""
    t = re.sub(r"[\s（）()：:]|人民币|大写|RMB", "", text)
    t = t.rstrip("整正")
    if not t or any(
        c not in _CAP_DIGIT and c not in _SMALL and c not in _BIG and c not in "元圆角分" for c in t
    ):
        return None
    total = 0
    section = 0
    digit: int | None = None
    cents = 0
    for c in t:
        if c in _CAP_DIGIT:
            digit = _CAP_DIGIT[c]
        elif c in _SMALL:
            section += (1 if digit is None and c == "拾" else digit or 0) * _SMALL[c]
            digit = None
        elif c == "亿":
            total = (total + section + (digit or 0)) * _BIG[c]
            section, digit = 0, None
        elif c == "万":
            total += (section + (digit or 0)) * _BIG[c]
            section, digit = 0, None
        elif c in "元圆":
            total += section + (digit or 0)
            section, digit = 0, None
        elif c == "角":
            cents += (digit or 0) * 10
            digit = None
        elif c == "分":
            cents += digit or 0
            digit = None
    total += section + (digit or 0)
    return Decimal(total) + Decimal(cents) / 100


_FIG = re.compile(r"(?:[¥￥]|RMB)?\s*([0-9０-９][0-9０-９,，\s]*(?:[.．][0-9０-９]+)?)\s*(万元|万|亿元|元)?")


def read_figure(text: str) -> tuple[Decimal, Decimal] | None:
    """Read one printed figure: (value in yuan, precision in yuan) or None."""
    m = _FIG.search(text.replace("\u3000", " "))
    if not m:
        return None
    number = m.group(1).translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    number = re.sub(r"[,\s]", "", number)
    if not number:
        return None
    value = Decimal(number)
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 0
    unit = {"万元": WAN, "万": WAN, "亿元": Decimal(10) ** 8}.get(m.group(2) or "", Decimal(1))
    precision = Decimal(1).scaleb(-int(places)) * unit
    return value * unit, precision


def agree(a: Decimal, a_precision: Decimal, b: Decimal, b_precision: Decimal) -> bool:
    """CONTRACT 1.1: equal when rounded to the coarser of the two precisions."""
    unit = max(a_precision, b_precision)
    return to_unit(a, unit) == to_unit(b, unit)
