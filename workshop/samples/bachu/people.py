"""Places, clients, people, companies and the codes they carry (GB 32100 credit codes, invoice numbers)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    name: str  # 巴楚县
    short: str  # 巴楚
    region: str  # the 6-digit administrative code in credit codes
    prefecture: str  # 喀什地区
    location: str  # the declared 项目实施地
    towns: tuple[str, ...]
    clients: tuple[str, ...]
    street: tuple[str, ...]


PLACES: dict[str, Place] = {
    "bachu": Place(
        "巴楚县",
        "巴楚",
        "653130",
        "喀什地区",
        "新疆维吾尔自治区喀什地区巴楚县",
        ("巴楚镇", "色力布亚镇", "阿瓦提镇", "三岔口镇", "琼库尔恰克乡"),
        (
            "巴楚县教育局",
            "巴楚县人民医院",
            "巴楚县自然资源局",
            "巴楚县水利局",
            "巴楚县融媒体中心",
            "巴楚县卫生健康委员会",
            "巴楚县市场监督管理局",
        ),
        ("友谊路", "团结路", "胜利路", "光明路", "迎宾大道"),
    ),
    "tumxuk": Place(
        "图木舒克市",
        "图木舒克",
        "659003",
        "第三师",
        "新疆维吾尔自治区图木舒克市",
        ("齐干却勒街道", "前海街道", "永安坝街道", "草湖镇"),
        (
            "第三师图木舒克市教育局",
            "第三师图木舒克市公安局",
            "图木舒克市人民医院",
            "第三师图木舒克市自然资源和规划局",
            "第三师图木舒克市数据局",
            "第三师图木舒克市应急管理局",
        ),
        ("迎宾大道", "海河路", "前海路", "永安路", "昆仑路"),
    ),
    "awat": Place(
        "阿瓦提县",
        "阿瓦提",
        "652928",
        "阿克苏地区",
        "新疆维吾尔自治区阿克苏地区阿瓦提县",
        ("阿瓦提镇", "乌鲁却勒镇", "拜什艾日克镇", "英艾日克乡"),
        (
            "阿瓦提县教育局",
            "阿瓦提县人民医院",
            "阿瓦提县水利局",
            "阿瓦提县农业农村局",
            "阿瓦提县融媒体中心",
            "阿瓦提县政务服务和公共资源交易中心",
        ),
        ("刀郎路", "多浪路", "新华路", "人民路", "丝路大道"),
    ),
    "kalpin": Place(
        "柯坪县",
        "柯坪",
        "652929",
        "阿克苏地区",
        "新疆维吾尔自治区阿克苏地区柯坪县",
        ("柯坪镇", "盖孜力克镇", "玉尔其乡", "阿恰勒镇"),
        (
            "柯坪县教育局",
            "柯坪县人民医院",
            "柯坪县自然资源局",
            "柯坪县卫生健康委员会",
            "柯坪县第一中学",
            "柯坪县应急管理局",
        ),
        ("红沙河路", "团结路", "健康路", "友好路", "湖南路"),
    ),
}

PREFECTURE_HOSPITAL = {"tumxuk": "第三师图木舒克医院"}

# ---------------------------------------------------------------- people

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
HAN_GIVEN = (
    "建国 志强 红梅 海燕 晓东 丽娟 国庆 文斌 建新 玉兰 新华 卫东 秀英 立新 俊杰 婷婷 磊 敏 静 涛 斌 勇 "
    "雪梅 春燕 宏伟 金凤 振华 永刚 凤英 明辉 晓燕 泽宇 子涵 浩然 梓萱 欣怡 宇航 思远 嘉怡 一鸣"
).split()
UYGHUR_GIVEN = (
    "艾尔肯 买买提 阿不都热合曼 吐尔逊 热依拉 古丽米拉 阿依古丽 努尔艾力 迪丽努尔 麦尔丹 阿布来提 "
    "帕尔哈提 祖丽胡玛尔 依明江 艾克拜尔 米热古丽 热合曼 阿卜杜萨拉木 玉苏甫 吾斯曼 排尔扎提 再努尔"
).split()


def han_name(rng: random.Random) -> str:
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


def uyghur_name(rng: random.Random) -> str:
    a, b = rng.sample(UYGHUR_GIVEN, 2)
    return f"{a}·{b}"


def person(rng: random.Random) -> str:
    return uyghur_name(rng) if rng.random() < 0.4 else han_name(rng)


# ---------------------------------------------------------------- companies

FIRM_WORDS = (
    "天耀",
    "昆岳",
    "叶河",
    "胡杨",
    "红海",
    "塔河",
    "驼铃",
    "丝域",
    "金沙",
    "鑫瀚",
    "睿途",
    "博瀚",
    "恒拓",
    "云帆",
    "绿洲",
    "远景",
    "智信",
    "卓越",
    "华锐",
    "新维",
)
FIRM_TRADES = ("信息技术", "网络科技", "智能科技", "数据科技", "信息工程", "电子科技", "计算机系统")


@dataclass
class Company:
    name: str
    credit_code: str
    legal_rep: str
    address: str
    phone: str
    bank: str
    account: str
    capital: int = 0  # registered capital in yuan
    established: str = ""  # ISO date
    extra: dict[str, str] = field(default_factory=dict)


def firm_name(rng: random.Random, place: Place, avoid: set[str] | None = None) -> str:
    while True:
        style = rng.random()
        word = rng.choice(FIRM_WORDS)
        trade = rng.choice(FIRM_TRADES)
        if style < 0.45:
            name = f"{place.name}{word}{trade}有限公司"
        elif style < 0.8:
            name = f"新疆{word}{trade}有限公司"
        else:
            name = f"{place.short}{word}{trade}有限责任公司"
        if not avoid or name not in avoid:
            return name


BANKS = (
    "中国农业银行股份有限公司{p}支行",
    "中国工商银行股份有限公司{p}支行",
    "中国建设银行股份有限公司{p}支行",
    "新疆{p}农村商业银行股份有限公司营业部",
    "中国银行股份有限公司{p}支行",
)


def bank_account(rng: random.Random, place: Place) -> tuple[str, str]:
    bank = rng.choice(BANKS).format(p=place.short)
    if "农业" in bank:
        account = "3063" + "".join(rng.choice("0123456789") for _ in range(15))
    elif "工商" in bank:
        account = "3003" + "".join(rng.choice("0123456789") for _ in range(15))
    elif "建设" in bank:
        account = "6505" + "".join(rng.choice("0123456789") for _ in range(16))
    else:
        account = "".join(rng.choice("0123456789") for _ in range(17))
    return bank, account


def phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "0998-" + "".join(rng.choice("0123456789") for _ in range(7))
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def address(rng: random.Random, place: Place) -> str:
    return f"新疆维吾尔自治区{'' if place.prefecture == '第三师' else place.prefecture}{place.name}{rng.choice(place.street)}{rng.randint(1, 199)}号"


def make_company(rng: random.Random, place: Place, name: str, kind: str = "firm") -> Company:
    bank, account = bank_account(rng, place)
    code = credit_code(rng, place.region, "91" if kind == "firm" else "11")
    return Company(
        name=name,
        credit_code=code,
        legal_rep=person(rng),
        address=address(rng, place),
        phone=phone(rng),
        bank=bank,
        account=account,
    )


# ---------------------------------------------------------------- GB 11714 / GB 32100

ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def org_check(body: str) -> str:
    """The GB 11714 check character of an 8-character organisation code body."""
    total = sum(ORG_CHARS.index(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(first17: str) -> str:
    """The GB 32100 check character of the first 17 characters of a credit code."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


def credit_code(rng: random.Random, region: str, prefix: str = "91") -> str:
    """A valid 18-character unified social credit code of the region (9 1 = enterprise, 1 1 = organ)."""
    while True:
        if prefix == "91":
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "0" + "".join(rng.choice("0123456789") for _ in range(7))
        check = org_check(body)
        if check not in USCC_CHARS:
            continue
        first = prefix + region + body + check
        return first + uscc_check(first)


# ---------------------------------------------------------------- invoice numbers


def sdp_number(rng: random.Random, year: int) -> str:
    """A 20-digit 数电票 number: 2-digit year, 65 (新疆), issuing channel 2, then 15 digits."""
    return f"{year % 100:02d}652" + "".join(rng.choice("0123456789") for _ in range(15))


def vat_code(rng: random.Random, year: int, kind: str) -> str:
    """发票代码: 10 digits on paper 专票 / 普票, 12 on the 增值税电子普通发票 (65 = 新疆)."""
    yy = f"{year % 100:02d}"
    if kind == "paper_special":  # 6500 + yy + 1 + 130
        return f"6500{yy}1130"
    if kind == "paper_ordinary":  # 0 6500 yy 0 0104
        return f"06500{yy}00104"
    return f"06500{yy}00111"  # 0 6500 yy 0 0111: 增值税电子普通发票


def vat_number(rng: random.Random) -> str:
    return f"{rng.randint(0, 99999999):08d}"


def check_code(rng: random.Random) -> str:
    """校验码: 20 digits."""
    return "".join(rng.choice("0123456789") for _ in range(20))


def machine_number(rng: random.Random) -> str:
    return "6611" + "".join(rng.choice("0123456789") for _ in range(8))


def cipher_rows(rng: random.Random) -> list[str]:
    """密码区: four rows of 28 characters from the tax-control alphabet."""
    alphabet = "0123456789+-*/<>"
    return ["".join(rng.choice(alphabet) for _ in range(28)) for _ in range(4)]


def qr_crc(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(4))


def red_confirmation_number(rng: random.Random, year: int) -> str:
    """红字发票信息确认单编号: 20 digits."""
    return f"6500{year % 100:02d}" + "".join(rng.choice("0123456789") for _ in range(14))
