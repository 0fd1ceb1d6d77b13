"""Spellings of dates and labels as different issuers print them."""

from __future__ import annotations

import datetime as dt
import random

_CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """一 .. 三十一 as written in 二〇二四年三月五日."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def date_text(d: dt.date, style: str) -> str:
    """A date in one of the spellings of Chinese paperwork.

    Styles: ``cn`` 2024年3月5日, ``cn0`` 2024年03月05日, ``iso`` 2024-03-05,
    ``dot`` 2024.03.05, ``slash`` 2024/3/5, ``han`` 二〇二四年三月五日.
    """
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "han":
        return (
            "".join(_CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日"
        )
    raise ValueError(f"unknown date style: {style}")


def any_date(rng: random.Random, d: dt.date, formal: bool = False) -> str:
    """A random spelling; ``formal`` prefers the written styles of signatures and seals."""
    styles = ["cn", "cn0", "han"] if formal else ["cn", "cn0", "iso", "dot", "cn", "han", "slash"]
    return date_text(d, rng.choice(styles))


def pick(rng: random.Random, *options: str) -> str:
    """One of several spellings of a label."""
    return rng.choice(options)
