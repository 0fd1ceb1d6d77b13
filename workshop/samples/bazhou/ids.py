"""Names, places, credit codes, capital numerals and dates for the 巴州 family."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PLACES = {
    "库尔勒": ("652801", "库尔勒市", "人民东路", "萨依巴格街道"),
    "轮台": ("652822", "轮台县", "文化路", "轮台镇"),
    "尉犁": ("652823", "尉犁县", "团结北路", "尉犁镇"),
    "若羌": ("652824", "若羌县", "楼兰路", "若羌镇"),
    "且末": ("652825", "且末县", "昆仑路", "且末镇"),
    "焉耆": ("652826", "焉耆回族自治县", "团结路", "焉耆镇"),
    "和静": ("652827", "和静县", "东归大道", "和静镇"),
    "博湖": ("652829", "博湖县", "博斯腾路", "博湖镇"),
}

SURNAMES = "王李张刘陈杨赵黄周吴马孙胡朱高林何郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国军伟强磊洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芳燕彬鹏辉晓斌宇浩凯健俊帆帅旭宁龙林欢阳亮成飞志远海波新疆天山博文立峰"
UYGHUR = [
    "艾尔肯·吐尔逊",
    "阿不都热合曼·买买提",
    "古丽努尔·艾山",
    "买买提江·热西提",
    "迪丽娜尔·阿布都拉",
    "帕尔哈提·吾斯曼",
    "热依拉·阿不都",
    "努尔艾力·依明",
]

FIRM_HEADS = [
    "巴音",
    "孔雀河",
    "博斯腾",
    "天鹅湖",
    "塔里木",
    "开都河",
    "楼兰",
    "罗布泊",
    "梨城",
    "铁门关",
    "胡杨",
    "昆仑",
]
FIRM_TAILS = [
    "智联信息技术",
    "数联科技",
    "云图信息工程",
    "天网信息技术",
    "鸿信智能科技",
    "星辰网络科技",
    "通达信息系统",
    "慧通数字科技",
]


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def firm_name(rng: random.Random, town: str) -> str:
    return (
        f"新疆{rng.choice(FIRM_HEADS)}{rng.choice(FIRM_TAILS)}有限公司"
        if rng.random() < 0.6
        else f"巴州{rng.choice(FIRM_HEADS)}{rng.choice(FIRM_TAILS)}有限责任公司"
    )


_ORG = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55


def credit_code(rng: random.Random, area: str) -> str:
    """A unified social credit code that passes both GB 11714 and GB 32100 check characters."""
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(_org_value(c) * w for c, w in zip(body, _W11714, strict=True))
    c9 = 11 - s % 11
    org_check = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = "91" + area + body + org_check
    t = sum(_ORG.index(c) * w for c, w in zip(first17, _W32100, strict=True))
    return first17 + _ORG[(31 - t % 31) % 31]


_DIG = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿"]


def _four(n: int) -> str:
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIG[d] + _SMALL[i]
    return out


def capital(amount: Decimal) -> str:
    """人民币 capital numerals, as a contract prints them: 贰佰肆拾伍万元整, 壹万贰仟叁佰肆拾伍元陆角柒分."""
    amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan = int(amount)
    fen = int((amount - yuan) * 100)
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    text = ""
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(text)
            continue
        if text and (need_zero or g < 1000):
            text += "零"
        text += _four(g) + _BIG[idx]
        need_zero = False
    text = (text or "零") + "元"
    jiao, f = divmod(fen, 10)
    if fen == 0:
        return text + "整"
    if jiao:
        text += _DIG[jiao] + "角"
    elif f:
        text += "零"
    if f:
        text += _DIG[f] + "分"
    return text


_CN = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二四年十一月五日."""

    def num(n: int) -> str:
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n % 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")

    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ymd0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def money(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01")))


def comma(v: Decimal) -> str:
    return f"{v.quantize(Decimal('0.01')):,}"


def day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


@dataclass
class Firm:
    name: str
    town: str
    credit_code: str
    legal_rep: str
    capital_wan: int
    established: dt.date
    address: str
    phone: str
    bank: str
    account: str


def make_firm(rng: random.Random, town: str, name: str | None = None) -> Firm:
    area, county, road, _ = PLACES[town]
    return Firm(
        name=name or firm_name(rng, town),
        town=town,
        credit_code=credit_code(rng, area),
        legal_rep=person(rng),
        capital_wan=rng.choice((500, 1000, 1200, 2000, 3000, 5008)),
        established=day(rng, dt.date(2009, 1, 1), dt.date(2018, 12, 31)),
        address=f"新疆巴音郭楞蒙古自治州{county}{road}{rng.randint(2, 188)}号{rng.choice(['', '综合楼', '科技大厦'])}{rng.randint(2, 12)}层{rng.randint(1, 20):02d}室",
        phone=f"0996-{rng.randint(2000000, 2999999)}",
        bank=rng.choice(
            [
                "中国工商银行库尔勒分行",
                "中国农业银行巴州分行",
                "新疆银行巴州分行",
                "中国建设银行库尔勒分行营业部",
                "库尔勒农村商业银行",
            ]
        ),
        account="".join(rng.choice("0123456789") for _ in range(19)),
    )
