"""Places, names, firms, GB 32100 credit codes, capital numerals and Chinese dates for the kuitun family."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CITIES: dict[str, tuple[str, str, str]] = {
    # key: (display name, administrative division code, the prefecture/region prefix)
    "kuitun": ("奎屯市", "654003", "新疆维吾尔自治区伊犁哈萨克自治州奎屯市"),
    "dushanzi": ("独山子区", "650202", "新疆维吾尔自治区克拉玛依市独山子区"),
    "wusu": ("乌苏市", "654202", "新疆维吾尔自治区塔城地区乌苏市"),
    "shawan": ("沙湾市", "654203", "新疆维吾尔自治区塔城地区沙湾市"),
}

STREETS = {
    "kuitun": ["北京东路", "乌鲁木齐东路", "阿克苏西路", "团结北路", "天北新区天山路", "火车站路"],
    "dushanzi": ["大庆东路", "金山路", "天山南路", "独山子大道", "红山路"],
    "wusu": ["南京路", "虹桥路", "西大街", "新华路", "乌伊路"],
    "shawan": ["乌伊东路", "和平路", "迎宾大道", "新华南路", "金沟河路"],
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边"
GIVEN = "建国志强海燕丽娟俊杰文博晓东红梅永刚雪莲新民卫东玉兰立军秀英春生国庆明辉振华晓丽子豪雅婷宏伟淑珍德胜金花伟涛嘉怡思远宇航浩然桂芳"
UYGHUR = [
    "艾力·买买提",
    "阿不都热合曼·吐尔逊",
    "古丽米拉·艾合买提",
    "买买提江·阿不力孜",
    "热依汗古丽·吾斯曼",
    "努尔兰·哈孜别克",
    "叶尔兰·努尔别克",
    "阿依古丽·卡德尔",
]

FIRM_STEMS = [
    "天山智联",
    "奎屯恒信",
    "金盾数创",
    "北疆云图",
    "准噶尔网安",
    "博远信通",
    "西域星辰",
    "华屯智能",
    "乌苏鼎盛",
    "沙湾润泽",
    "独山子石化数科",
    "丝路汇通",
    "瀚海天衡",
    "赛里木信息",
]
FIRM_TAILS = [
    "信息技术有限公司",
    "智能科技有限公司",
    "网络科技有限公司",
    "数字技术有限责任公司",
    "系统工程有限公司",
]

BANKS = [
    "中国工商银行股份有限公司奎屯北京路支行",
    "中国建设银行股份有限公司奎屯分行营业部",
    "中国农业银行股份有限公司乌苏市支行",
    "中国银行股份有限公司独山子支行",
    "新疆奎屯农村商业银行股份有限公司团结路支行",
    "中国工商银行股份有限公司沙湾支行",
    "交通银行股份有限公司克拉玛依独山子支行",
    "乌苏国民村镇银行股份有限责任公司营业部",
]

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def credit_code(rng: random.Random, division: str) -> str:
    """A unified social credit code: 9 1 + division + GB 11714 organisation code + GB 32100 check character."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    if body[0] == "0":
        body = "3" + body[1:]
    s = sum(int(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c9 = 11 - s % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    code17 = "91" + division + org
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(code17, CREDIT_WEIGHTS, strict=True))
    check = (31 - total % 31) % 31
    return code17 + CREDIT_CHARS[check]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in CREDIT_CHARS for c in code):
        return False
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31] == code[17]


def person(rng: random.Random, uyghur: float = 0.15) -> str:
    if rng.random() < uyghur:
        return rng.choice(UYGHUR)
    given = GIVEN[rng.randrange(0, len(GIVEN) // 2) * 2 :][:2]
    if rng.random() < 0.3:
        given = given[0]
    return rng.choice(SURNAMES) + given


@dataclass(frozen=True)
class Party:
    """An organisation with the lines a contract prints under its seal."""

    name: str
    address: str
    legal: str
    agent: str
    phone: str
    bank: str
    account: str
    code: str


def party(rng: random.Random, name: str, city: str) -> Party:
    street = rng.choice(STREETS[city])
    return Party(
        name=name,
        address=f"{CITIES[city][2]}{street}{rng.randint(3, 399)}号",
        legal=person(rng),
        agent=person(rng),
        phone=f"0992-{rng.randint(3100000, 3999999)}"
        if city != "shawan"
        else f"0993-{rng.randint(6000000, 6999999)}",
        bank=rng.choice(BANKS),
        account="".join(rng.choice("0123456789") for _ in range(rng.choice((16, 19, 20)))),
        code=credit_code(rng, CITIES[city][1]),
    )


def firm_name(rng: random.Random, city: str) -> str:
    prefix = "新疆" if rng.random() < 0.6 else CITIES[city][0]
    return prefix + rng.choice(FIRM_STEMS) + rng.choice(FIRM_TAILS)


# -- money ------------------------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SECTIONS = ("", "万", "亿")


def _section(n: int) -> str:
    out, zero = "", False
    for p, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = n // p % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + unit
    return out


def capital(value: Decimal) -> str:
    """人民币 capital numerals: 2450000 → 贰佰肆拾伍万元整, 1005.5 → 壹仟零伍元伍角整."""
    value = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    whole = int(value)
    cents = int((value - whole) * 100)
    groups = []
    n = whole
    while n:
        groups.append(n % 10000)
        n //= 10000
    res, need_zero = "", False
    for idx in reversed(range(len(groups))):
        g = groups[idx]
        if g == 0:
            need_zero = bool(res)
            continue
        if res and (need_zero or g < 1000):
            res += "零"
        res += _section(g) + SECTIONS[idx]
        need_zero = False
    res = (res or "零") + "元"
    jiao, fen = divmod(cents, 10)
    if not cents:
        return res + "整"
    if jiao:
        res += DIGITS[jiao] + "角"
    if fen:
        res += ("零" if not jiao and whole else "") + DIGITS[fen] + "分"
    else:
        res += "整"
    return res


def figures(value: Decimal) -> str:
    """2450000 → 2,450,000.00."""
    return f"{value:,.2f}"


def money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def round_amount(rng: random.Random, low: int, high: int, step: int = 100) -> Decimal:
    return Decimal(rng.randrange(low // step, high // step) * step)


# -- dates ------------------------------------------------------------------------------------------

CN_DIGITS = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date_padded(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def _cn_number(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date_upper(d: dt.date) -> str:
    """二〇二四年十一月二十日."""
    year = "".join(CN_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_cn_number(d.month)}月{_cn_number(d.day)}日"


def day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
