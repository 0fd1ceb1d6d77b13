"""Words on the paper: the CJK font, money in figures and capital numerals, dates, credit codes.

Everything here is written for this family; nothing is shared with the checker, so a
spelling the checker does not expect stays a test of the checker, not of this module.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from decimal import ROUND_HALF_UP, Decimal

import pymupdf
from PIL import ImageFont
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_10

CENT = Decimal("0.01")


@functools.cache
def cjk_buffer() -> bytes:
    """The one CJK face on this machine: PyMuPDF's bundled Droid Sans Fallback."""
    return bytes(pymupdf.Font("cjk").buffer)


@functools.cache
def cjk_font() -> pymupdf.Font:
    """A PyMuPDF font object, for measuring text widths in points."""
    return pymupdf.Font(fontbuffer=cjk_buffer())


@functools.cache
def pil_font(px: int) -> ImageFont.FreeTypeFont:
    """The same face for raster drawing (seals, handwriting) at ``px`` pixels."""
    return ImageFont.truetype(io.BytesIO(cjk_buffer()), max(6, px))


def width(text: str, size: float) -> float:
    """Width of ``text`` in points at font size ``size``."""
    return float(cjk_font().text_length(text, fontsize=size))


# ---------------------------------------------------------------- money
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿", "万亿")


def money(value: Decimal | int | str) -> Decimal:
    """A Decimal in yuan rounded to fen."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def yuan_str(value: Decimal) -> str:
    """The truth's spelling of money: yuan with two decimals."""
    return f"{money(value):.2f}"


def figures(value: Decimal, sep: bool = True, decimals: int = 2) -> str:
    """``1,234,567.80`` (or ``1234567.80`` without separators)."""
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    v = Decimal(value).quantize(q, rounding=ROUND_HALF_UP)
    return f"{v:,.{decimals}f}" if sep else f"{v:.{decimals}f}"


def wan(value: Decimal, decimals: int = 2) -> str:
    """The amount in 万元 as a figure: 1286500 -> ``128.65``; 4 decimals keep every yuan."""
    return figures(Decimal(value) / 10000, sep=False, decimals=decimals)


def _group(n: int) -> str:
    """Capital numerals of 0 < n < 10000, zeros inside the group collapsed to one 零."""
    out: list[str] = []
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _SMALL[i])
    return "".join(out)


def capital(value: Decimal, whole: str = "整") -> str:
    """人民币大写 of an amount: ``壹佰贰拾捌万陆仟伍佰元整``, ``…元零伍分``, ``…亿…``.

    ``whole`` is the word after a round amount (整 or 正, both are printed).
    """
    v = money(value)
    yuan = int(v)
    jiao, fen = divmod(int((v - yuan) * 100), 10)
    groups: list[int] = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    parts: list[str] = []
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or g < 1000):
            parts.append("零")
        need_zero = False
        parts.append(_group(g) + _BIG[idx])
    text = "".join(parts)
    if text:
        text += "元"
    if jiao == 0 and fen == 0:
        return (text or "零元") + whole
    if jiao:
        if text and yuan % 10 == 0:
            text += "零"
        text += _DIGITS[jiao] + "角"
    if fen:
        if not jiao and text:
            text += "零"
        text += _DIGITS[fen] + "分"
    return text


# ---------------------------------------------------------------- dates
def cn_date(d: dt.date, pad: bool = False) -> str:
    """``2025年9月18日`` (``2025年09月18日`` with ``pad``)."""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


_HAN = "〇一二三四五六七八九"


def han_date(d: dt.date) -> str:
    """The formal hand of a seal date or a 营业执照: ``二〇二五年九月十八日``."""

    def num(n: int) -> str:
        if n < 10:
            return _HAN[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _HAN[tens]) + "十" + (_HAN[ones] if ones else "")

    return "".join(_HAN[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


# ---------------------------------------------------------------- identifiers
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def credit_code(area: str, rng_draw: list[int], new_style: bool = True) -> str:
    """A GB 32100-2015 unified social credit code for an enterprise of ``area`` (6 digits).

    ``rng_draw`` holds 8 draws in [0, 31) from the caller's seeded generator. New-style
    bodies begin with MA (codes issued since 2016); old ones are an 8-digit GB 11714
    organisation code. The organisation code's own check (GB 11714) and the overall check
    character are both computed, so the code is valid end to end.
    """
    if new_style:
        body = "MA" + "".join(_ORG_CHARS[d % 31] for d in rng_draw[:6])
    else:
        body = "".join(str(d % 10) for d in rng_draw[:8])
    s = sum(_org_value(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    c9 = 11 - s % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    head = "91" + area + org
    code = head + uscc.calc_check_digit(head)
    assert uscc.is_valid(code), code
    return code


def registration_number(area: str, serial: int) -> str:
    """A 15-digit 注册号 of an old 企业法人营业执照 (ISO 7064 MOD 11,10 check digit)."""
    head = f"{area}{serial:08d}"
    return head + mod_11_10.calc_check_digit(head)
