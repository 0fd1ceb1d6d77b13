"""Kashgar-area companies and clients, built from a seeded random source."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import ids
from .world import Client, Company

BANKS = (
    "中国工商银行喀什分行营业部",
    "中国农业银行喀什市西域大道支行",
    "中国建设银行喀什分行人民西路支行",
    "新疆农村信用社喀什市联社",
    "中国银行喀什地区分行",
)
STREETS = ("人民东路", "解放北路", "世纪大道", "深喀大道", "色满路", "吐曼路", "西域大道", "克孜都维路")


def account(rng: random.Random) -> str:
    """A bank account number in groups of four."""
    digits = "3004" + ids.serial(rng, 15)
    return " ".join(digits[k : k + 4] for k in range(0, len(digits), 4))


def phone(rng: random.Random) -> str:
    """A Kashgar landline."""
    return f"0998-{rng.randint(2000000, 2999999)}"


def address(rng: random.Random, town: str = "新疆喀什地区喀什市") -> str:
    """A street address."""
    return f"{town}{rng.choice(STREETS)}{rng.randint(1, 399)}号"


def company(
    rng: random.Random,
    name: str,
    legal_rep: str,
    capital_wan: int,
    established: dt.date,
    valid_until: dt.date | None = None,
) -> Company:
    """An enterprise registered in Kashgar."""
    return Company(
        name=name,
        credit_code=ids.credit_code(rng),
        legal_rep=legal_rep,
        capital=Decimal(capital_wan) * 10000,
        established=established,
        valid_until=valid_until,
        address=address(rng) + f"{rng.randint(2, 18)}楼{rng.randint(1, 20):02d}室",
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=account(rng),
    )


def client(rng: random.Random, name: str, town: str = "新疆喀什地区喀什市") -> Client:
    """A public-sector buyer."""
    return Client(
        name=name,
        address=address(rng, town),
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=account(rng),
        contact=rng.choice("王李张刘陈马") + rng.choice(["主任", "科长", "处长"]),
    )


def holders(rng: random.Random, count: int) -> list[str]:
    """Names of certified staff (Han and Uyghur names)."""
    pool = [
        "王志强",
        "李海燕",
        "张文博",
        "刘晓东",
        "陈雪梅",
        "杨红霞",
        "赵亚楠",
        "黄卫东",
        "周晨阳",
        "吴玉山",
        "艾尔肯·吐尔逊",
        "古丽娜尔·艾买提",
        "买买提江·热合曼",
        "阿依古丽·吾守尔",
        "努尔麦麦提·阿不都",
        "徐江",
        "孙丽娜",
        "马建国",
        "朱伟",
        "胡晓红",
    ]
    rng.shuffle(pool)
    return pool[:count]
