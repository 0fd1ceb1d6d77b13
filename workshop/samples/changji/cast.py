"""People, places and registration numbers of 昌吉回族自治州, made up for this family.

Every company here is invented; credit codes carry a correct GB 32100-2015 check
character over an organisation code with a correct GB 11714 check digit, so a
clean filing's codes validate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTIES: dict[str, str] = {
    "昌吉市": "652301",
    "阜康市": "652302",
    "呼图壁县": "652323",
    "玛纳斯县": "652324",
    "奇台县": "652325",
    "吉木萨尔县": "652327",
    "木垒哈萨克自治县": "652328",
}
"""County-level divisions of 昌吉回族自治州 with their administrative division codes."""

PREFECTURE = "新疆维吾尔自治区昌吉回族自治州"

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

SURNAMES = "马王李张刘杨赵陈周吴孙徐郭何韩冯曹丁苏魏罗蒋田"
GIVEN = (
    "建新",
    "海燕",
    "志强",
    "晓东",
    "玉兰",
    "国庆",
    "红梅",
    "文斌",
    "春燕",
    "德明",
    "俊峰",
    "雪莲",
    "立军",
    "丽娜",
    "永刚",
    "新华",
    "振宇",
    "秀英",
)
UYGHUR_KAZAKH = ("阿不都热合曼·买买提", "努尔兰·哈力木", "古丽娜尔·吐尔逊", "叶尔兰·波拉提", "热依拉·艾山")


def check_character(first17: str) -> str:
    """GB 32100-2015 check character of a unified social credit code."""
    total = sum(CODE_CHARS.index(ch) * w for ch, w in zip(first17, CODE_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def _org_check(body: str) -> str:
    """GB 11714 check digit of an eight-character organisation code body."""
    total = sum(
        (int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, ORG_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_code(rng: random.Random, county: str) -> str:
    """A fresh 91-prefixed (工商, 企业) code registered in the given county."""
    while True:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org = body + _org_check(body)
        if all(ch in CODE_CHARS for ch in org):
            break
    first = "91" + COUNTIES[county] + org
    return first + check_character(first)


def registration_number(rng: random.Random, county: str) -> str:
    """A fifteen-digit 注册号 of the old licences (division code + sequence + check digit)."""
    digits = COUNTIES[county] + "".join(str(rng.randrange(10)) for _ in range(8))
    # ISO 7064 MOD 11,10 as the old SAIC numbers used it.
    product = 10
    for ch in digits:
        value = (product + int(ch)) % 10 or 10
        product = value * 2 % 11
    return digits + str((11 - product) % 10)


def person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(UYGHUR_KAZAKH)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone(rng: random.Random) -> str:
    return "0994-" + str(rng.randrange(2200000, 2399999))


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(str(rng.randrange(10)) for _ in range(9))


def bank_account(rng: random.Random) -> str:
    return "3002" + "".join(str(rng.randrange(10)) for _ in range(15))


BANKS = (
    "中国工商银行昌吉分行营业部",
    "中国农业银行昌吉回族自治州分行",
    "中国建设银行昌吉延安北路支行",
    "昌吉农村商业银行股份有限公司",
    "中国银行阜康市支行",
    "新疆天山农村商业银行玛纳斯支行",
    "中国邮政储蓄银行奇台县支行",
)


@dataclass(frozen=True)
class Company:
    """A party as its papers print it: name, code, address and bank block."""

    name: str
    credit_code: str
    address: str
    legal_rep: str
    phone: str
    bank: str
    account: str


def company(rng: random.Random, name: str, county: str, street: str) -> Company:
    return Company(
        name=name,
        credit_code=credit_code(rng, county),
        address=f"{PREFECTURE}{county}{street}",
        legal_rep=person(rng),
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=bank_account(rng),
    )


def agency(name: str, county: str, street: str, rng: random.Random) -> Company:
    """A public body (a 局, a school, a hospital): 12-prefixed code of a 机关/事业单位."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + _org_check(body)
    first = "12" + COUNTIES[county] + org
    return Company(
        name=name,
        credit_code=first + check_character(first),
        address=f"{PREFECTURE}{county}{street}",
        legal_rep=person(rng),
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=bank_account(rng),
    )
