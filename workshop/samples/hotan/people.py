"""Firms, people, clients, projects and registration numbers of 和田地区, drawn from a Random."""

from __future__ import annotations

import random

COUNTIES: dict[str, str] = {
    "和田市": "653201",
    "和田县": "653221",
    "墨玉县": "653222",
    "皮山县": "653223",
    "洛浦县": "653224",
    "策勒县": "653225",
    "于田县": "653226",
    "民丰县": "653227",
}
PREFECTURE_CODE = "653200"

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
HAN_GIVEN = "建国军华明伟芳娜敏静丽强磊洋艳勇杰娟涛超秀霞刚平辉鹏丹玲飞新疆宏博文斌晓琳雪梅海燕志红亮峰瑞婷凯慧彬翔东旭帆晨昊嘉"
UYGHUR_GIVEN = [
    "阿不都热合曼",
    "艾尼瓦尔",
    "买买提明",
    "吐尔逊",
    "阿布力克木",
    "热依拉",
    "古丽娜尔",
    "麦合木提",
    "艾合买提",
    "努尔艾力",
    "阿依古丽",
    "米热古丽",
    "伊力哈木",
    "帕尔哈提",
    "玉苏甫",
    "阿迪力",
    "依明",
    "热孜万古丽",
    "阿卜杜拉",
    "努尔麦麦提",
    "亚森",
    "祖丽胡玛尔",
    "图尔荪",
    "艾克拜尔",
]
UYGHUR_FATHER = [
    "买买提",
    "吐尔逊",
    "阿不都拉",
    "艾买提",
    "司马义",
    "肉孜",
    "卡德尔",
    "阿西木",
    "热合曼",
    "吾斯曼",
    "托合提",
    "努尔",
    "依米提",
    "玉素甫",
    "牙生",
    "阿吾提",
]

BRANDS = [
    "昆玉",
    "玉河",
    "昆仑",
    "和玉",
    "白玉",
    "墨玉",
    "玉龙",
    "丝路",
    "驼铃",
    "胡杨",
    "沙枣",
    "核桃源",
    "天玉",
    "聚和",
    "瀚海",
    "绿洲",
    "南疆",
    "恒通",
    "鼎信",
    "明达",
    "博远",
    "华宇",
    "安信",
    "汇智",
]
TRADES = ["信息技术", "网络科技", "智能科技", "电子科技", "数字科技", "信息工程", "计算机系统", "通信技术"]
SUFFIX = ["有限公司", "有限责任公司"]


def person(rng: random.Random, uyghur: float = 0.5) -> str:
    if rng.random() < uyghur:
        return f"{rng.choice(UYGHUR_GIVEN)}·{rng.choice(UYGHUR_FATHER)}"
    given = rng.choice(HAN_GIVEN) + (rng.choice(HAN_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(HAN_SURNAMES) + given


def firm(rng: random.Random, county: str, long: bool = False) -> str:
    brand = rng.choice(BRANDS)
    trade = rng.choice(TRADES)
    if long:
        return f"新疆和田{brand}{trade}{rng.choice(['发展', '服务', '工程'])}{SUFFIX[1]}"
    where = rng.choice(["新疆", "和田", "新疆" + county.rstrip("县市")])
    return f"{where}{brand}{trade}{rng.choice(SUFFIX)}"


CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def credit_code(rng: random.Random, region: str) -> str:
    """A unified social credit code (GB 32100-2015) whose check characters are right."""
    body = "MA" + "".join(rng.choice(CREDIT_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    c9 = 11 - sum(_org_value(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    head = "91" + region + org
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(head, CREDIT_WEIGHTS, strict=True))
    check = (31 - total % 31) % 31
    return head + CREDIT_CHARS[check]


def registration_number(rng: random.Random, region: str) -> str:
    """A 15-digit 工商注册号 with its ISO 7064 MOD 11,10 check digit."""
    digits = region + "".join(str(rng.randrange(10)) for _ in range(8))
    p = 10
    for ch in digits:
        s = p % 11 + int(ch)
        p = (s % 10 or 10) * 2
    return digits + str((1 - p % 11) % 10)


def phone(rng: random.Random) -> str:
    return f"0903-{rng.randrange(2000000, 2999999)}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randrange(10**8, 10**9)}"


BANKS = [
    "中国农业银行股份有限公司和田分行",
    "中国工商银行股份有限公司和田分行",
    "中国建设银行股份有限公司和田地区分行",
    "新疆农村信用社和田市联社",
    "中国银行股份有限公司和田地区分行",
    "和田昆仑村镇银行",
]


def bank_block(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(BANKS)
    account = "".join(str(rng.randrange(10)) for _ in range(rng.choice((16, 19))))
    return bank, account


STREETS = [
    "北京西路",
    "迎宾路",
    "杭州大道",
    "塔乃依北路",
    "文化路",
    "友谊路",
    "玉龙喀什路",
    "团结路",
    "昆冈路",
    "天津路",
]


def address(rng: random.Random, county: str) -> str:
    return f"新疆维吾尔自治区和田地区{county}{rng.choice(STREETS)}{rng.randrange(1, 399)}号"


CLIENT_UNITS = [
    "教育局",
    "卫生健康委员会",
    "公安局",
    "自然资源局",
    "水利局",
    "农业农村局",
    "人民医院",
    "数据局",
    "市场监督管理局",
    "融媒体中心",
    "应急管理局",
    "人力资源和社会保障局",
    "住房和城乡建设局",
    "第一中学",
]
PROJECT_KINDS = [
    ("智慧校园建设项目", "教育"),
    ("视频监控联网扩容项目", "党政"),
    ("政务外网升级改造项目", "党政"),
    ("数字乡村综合服务平台建设项目", "农林牧渔、水利"),
    ("灌区水利信息化监测系统建设项目", "农林牧渔、水利"),
    ("医院信息系统（HIS）升级改造项目", "医疗卫生"),
    ("融媒体中心演播室及网络系统集成项目", "文化、体育、娱乐"),
    ("应急指挥调度系统建设项目", "党政"),
    ("不动产登记信息平台运维服务项目", "党政"),
    ("数据中心机房改造及云平台建设项目", "党政"),
    ("食品安全智慧监管平台建设项目", "党政"),
    ("核桃红枣产业大数据平台建设项目", "农林牧渔、水利"),
]


def client(rng: random.Random, county: str) -> str:
    unit = rng.choice(CLIENT_UNITS)
    if unit in ("人民医院", "第一中学"):
        return f"{county}{unit}" if rng.random() < 0.6 else f"和田地区{unit}"
    return f"{county}{unit}"
