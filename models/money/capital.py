"""Capital numerals (大写金额) → ``Decimal`` yuan: 人民币贰佰肆拾伍万元整 · 壹拾万零伍佰元整 · 壹佰贰拾叁元肆角伍分.

The reader is written by hand rather than wrapping cn2an: cn2an knows neither
角/分 nor Decimal, and it is lenient where we must be strict. A capital amount
is what a forger or a bad scan alters, so a string with an unknown character
(叁任 for 叁仟), a doubled unit (仟仟), units out of order (伍佰叁仟) or an
ambiguous bare digit (壹万伍: 10005 or 15000?) is *unreadable* (None), never
read as some other number.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text import compact, is_han, normalise
from .types import Amount

# Digits, upper-case (大写) and lower-case forms, with the traditional variants.
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0,
    "壹": 1, "一": 1,
    "贰": 2, "貳": 2, "二": 2, "两": 2, "兩": 2,
    "叁": 3, "參": 3, "参": 3, "三": 3,  # 参: 參 simplified, written and OCR-read for 叁
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
_CAPITAL_MARKERS = set("壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟") | YUAN | set("角分")
UPPER_DIGITS = set("壹贰貳叁參参肆伍陆陸柒捌玖")

_PREFIX = re.compile(r"^(?:人民币|RMB|CNY|\(?大写\)?|金额|[:：])+")
_FRACTION = re.compile(r"^零?(?:(?P<jiao>[1-9])角)?零?(?:(?P<fen>[1-9])分)?$")


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
            if zero and started and unit * 10 == last_unit:
                # 零 stands for a skipped place: 壹佰零叁拾 skips none (a transposed 壹佰叁拾 or a
                # misspelt 壹佰零叁 is what it is, not 130).
                raise _Malformed("零 skips no place")
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
        if started and last_unit == 10 and zero:
            raise _Malformed("零 skips no place")
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
            any(ch in UPPER_DIGITS for ch in run) or any(ch in YUAN for ch in run)
        ):
            if any(ch in YUAN or ch in "角分" for ch in run) or len(core) >= 3:
                runs.append(Amount(run, i, i + len(run), "capital", parse_capital(run)))
        i = max(j, i + 1)
    return runs


def one_slip_from(capital: str, value: Decimal) -> bool:
    """Whether a capital-numeral reading gives ``value`` with one character put back.

    OCR drops a character from a long run of look-alike ideographs (贰佰柒拾[壹]万元整 read
    without its 壹); it rarely reads one numeral as another (玖 for 捌), which is how a forger
    alters the words. A scanned reading one lost character away from the figures is no plain
    statement of another amount.
    """
    text = compact(capital)
    restored = (text[:i] + c + text[i:] for i in range(len(text) + 1) for c in CAPITAL_CHARS)
    return any(parse_capital(edit) == value for edit in restored)
