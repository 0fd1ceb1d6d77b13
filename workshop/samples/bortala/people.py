"""Invented firms, people, clients and projects around 博乐市, 阿拉山口市, 精河县 and 温泉县."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡郭何高林罗郑梁谢宋唐韩冯"
GIVEN = "建国文华志强海燕丽娟晓东新民玉兰春梅国庆俊杰雪莲振华红霞明辉秀英立军"
PLACES = ["博乐市", "阿拉山口市", "精河县", "温泉县"]
WORDS = ["星联", "博通", "赛湖", "云岭", "精诚", "天泽", "鸿远", "北辰", "汇智", "泉信", "乾元", "启航"]
TRADES = ["信息技术", "网络科技", "数字科技", "智能科技", "信息工程"]
REGION = {"博乐市": "652701", "阿拉山口市": "652702", "精河县": "652722", "温泉县": "652723"}
CLIENTS = {
    "博乐市": ["博乐市数据局", "博乐市人民医院", "博乐市教育局", "博尔塔拉蒙古自治州公安局"],
    "阿拉山口市": ["阿拉山口市综合保税区管理委员会", "阿拉山口市政务服务中心", "阿拉山口市交通运输局"],
    "精河县": ["精河县人民医院", "精河县教育局", "精河县农业农村局", "精河县自然资源局"],
    "温泉县": ["温泉县卫生健康委员会", "温泉县人民政府办公室", "温泉县文化体育广播电视和旅游局"],
}
SYSTEMS = [
    "智慧政务平台建设",
    "信息化综合管理平台",
    "视频监控联网改造",
    "数据中心机房升级改造",
    "智慧校园一期",
    "远程会诊系统",
]
SYSTEMS += ["网络安全等级保护整改", "电子病历系统升级", "农田水利物联网监测"]
FIRMS = [
    "新疆天衡会计师事务所有限公司",
    "新疆正信联合会计师事务所（普通合伙）",
    "博州弘正会计师事务所有限责任公司",
]

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def person(rng: random.Random) -> str:
    g = rng.randrange(0, len(GIVEN) - 1, 2)
    return rng.choice(SURNAMES) + (GIVEN[g : g + 2] if rng.random() < 0.8 else GIVEN[g])


def credit_code(rng: random.Random, place: str) -> str:
    body = "91" + REGION[place] + "MA" + "".join(rng.choice(CODE_CHARS) for _ in range(7))
    s = sum(CODE_CHARS.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return body + CODE_CHARS[(31 - s % 31) % 31]


def firm_name(rng: random.Random, place: str, group: bool = False) -> str:
    prefix = rng.choice(["新疆", place, place])
    return f"{prefix}{rng.choice(WORDS)}{rng.choice(TRADES)}{'（集团）' if group else ''}有限公司"


def day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def yuan(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo, hi)) * 100


def split_fees(rng: random.Random, total: Decimal) -> dict[str, Decimal]:
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    if rng.random() < 0.5:
        keys.insert(1, "consulting_design")
    if rng.random() < 0.5:
        keys.append("software_purchase")
    shares = [rng.uniform(0.5, 1.5) for _ in keys]
    out, left = {}, total
    for k, s in zip(keys[:-1], shares[:-1], strict=True):
        v = (total * Decimal(s / sum(shares))).quantize(Decimal("100"))
        out[k] = v
        left -= v
    out[keys[-1]] = left
    return out
