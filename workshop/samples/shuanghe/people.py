"""Names, firms, clients, credit codes, capital numerals and date spellings for the 双河 / 博乐 / 精河 filings."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
)
GIVEN = "建国军伟强磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣静敏燕艳娟霞芳丽秀英玲红梅琳雪婷颖"
UYGHUR = ("艾尔肯·买买提", "古丽米拉·吐尔逊", "阿依努尔·热合曼", "买买提江·阿不都", "迪丽努尔·艾力")
MONGOL = ("巴特尔", "其木格", "敖登格日勒", "那仁满都拉", "乌兰图雅")

TRADE_WORDS = (
    "赛里木",
    "博河",
    "艾比湖",
    "天河源",
    "阿拉套",
    "五台",
    "夏尔希里",
    "托托",
    "怪石峪",
    "星河",
    "博峰",
    "湖光",
    "精河源",
    "双河",
    "金沙滩",
    "云岭",
)
SUFFIXES = ("信息技术", "网络科技", "数字科技", "智能科技", "电子工程", "计算机系统集成", "软件")

PLACES = {
    "双河市": ("新疆双河市", "659007", "第五师双河市", "双河市市场监督管理局"),
    "博乐市": ("新疆博乐市", "652701", "博尔塔拉蒙古自治州博乐市", "博乐市市场监督管理局"),
    "精河县": ("新疆精河县", "652722", "博尔塔拉蒙古自治州精河县", "精河县市场监督管理局"),
}
STREETS = {
    "双河市": ("双河市博河大道", "双河市五台路", "双河市学府路", "双河市建业街"),
    "博乐市": ("博乐市青得里大街", "博乐市红星路", "博乐市北京路", "博乐市锦绣路"),
    "精河县": ("精河县乌兰路", "精河县枸杞大道", "精河县团结路", "精河县东风路"),
}

# clients: (full printed name, location, field, project names, kind) — kind "service" or "goods"
CLIENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "第五师双河市数据局",
        "新疆生产建设兵团第五师双河市",
        "党政",
        (
            "双河市“一网统管”城市运行管理平台建设项目",
            "双河市政务外网安全能力提升项目",
            "双河市政务数据共享交换平台建设项目",
        ),
    ),
    (
        "第五师双河市教育局",
        "新疆生产建设兵团第五师双河市",
        "教育",
        ("双河市中小学智慧校园建设项目", "双河市教育城域网升级改造项目"),
    ),
    (
        "第五师双河市卫生健康委员会",
        "新疆生产建设兵团第五师双河市",
        "医疗卫生",
        ("双河市全民健康信息平台升级项目", "双河市基层医疗机构远程会诊系统建设项目"),
    ),
    (
        "第五师双河市公安局",
        "新疆生产建设兵团第五师双河市",
        "党政",
        ("双河市社会面视频监控扩容项目", "双河市公安指挥中心大屏及会商系统改造项目"),
    ),
    (
        "第五师八十九团",
        "新疆生产建设兵团第五师八十九团",
        "农林牧渔、水利",
        ("八十九团数字团场综合管理平台建设项目", "八十九团高效节水灌溉智能控制系统项目"),
    ),
    (
        "第五师八十六团",
        "新疆生产建设兵团第五师八十六团",
        "农林牧渔、水利",
        ("八十六团连队视频监控及综治中心建设项目", "八十六团智慧农业物联网监测平台项目"),
    ),
    (
        "精河县人民医院",
        "新疆维吾尔自治区博尔塔拉蒙古自治州精河县",
        "医疗卫生",
        ("精河县人民医院HIS系统升级改造项目", "精河县人民医院数据中心机房改造项目"),
    ),
    (
        "精河县中医医院",
        "新疆维吾尔自治区博尔塔拉蒙古自治州精河县",
        "医疗卫生",
        ("精河县中医医院电子病历系统应用水平提升项目", "精河县中医医院网络安全等级保护整改项目"),
    ),
    (
        "精河县高级中学",
        "新疆维吾尔自治区博尔塔拉蒙古自治州精河县",
        "教育",
        ("精河县高级中学智慧教室及录播系统建设项目", "精河县高级中学校园网络及安防系统改造项目"),
    ),
    (
        "精河县第一小学",
        "新疆维吾尔自治区博尔塔拉蒙古自治州精河县",
        "教育",
        ("精河县第一小学信息化教学设备采购项目", "精河县第一小学校园广播及监控系统升级项目"),
    ),
    (
        "博乐市第七中学",
        "新疆维吾尔自治区博尔塔拉蒙古自治州博乐市",
        "教育",
        ("博乐市第七中学智慧校园平台建设项目", "博乐市第七中学计算机教室设备更新项目"),
    ),
    (
        "博乐市人民医院",
        "新疆维吾尔自治区博尔塔拉蒙古自治州博乐市",
        "医疗卫生",
        ("博乐市人民医院互联网医院平台建设项目", "博乐市人民医院影像归档和通信系统（PACS）升级项目"),
    ),
)

GOODS = (
    ("交互式智能平板", "希沃 MAX86", "台"),
    ("录播主机", "奥威亚 AVA-R5", "台"),
    ("服务器", "华为 FusionServer 2288H V6", "台"),
    ("核心交换机", "华三 S7506X", "台"),
    ("接入交换机", "锐捷 RG-S2910", "台"),
    ("网络摄像机", "海康威视 DS-2CD3T47", "台"),
    ("存储设备", "浪潮 AS2200G5", "套"),
    ("台式计算机", "联想 启天M437", "台"),
    ("UPS不间断电源", "山特 C10KS", "台"),
    ("下一代防火墙", "深信服 AF-1000", "台"),
)

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

CAP_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CAP_UNITS = ("", "拾", "佰", "仟")
CAP_GROUPS = ("", "万", "亿")


def person(rng: random.Random) -> str:
    """A person's name: mostly Han, sometimes Uyghur or Mongol (the region's mix)."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(UYGHUR)
    if roll < 0.14:
        return rng.choice(MONGOL)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def credit_code_check(body17: str) -> str:
    """The GB 32100-2015 check character of a 17-character code body."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body17, CODE_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str) -> str:
    """A unified social credit code of a company (91…), valid under GB 32100 and GB 11714."""
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    org_sum = sum(int(c) * w for c, w in zip(digits, ORG_WEIGHTS, strict=True))
    c9 = 11 - org_sum % 11
    org_check = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = "91" + region + digits + org_check
    return body + credit_code_check(body)


def firm_name(rng: random.Random, city: str, avoid: set[str] | None = None) -> str:
    avoid = avoid or set()
    while True:
        prefix = city if rng.random() < 0.6 else "新疆"
        name = f"{prefix}{rng.choice(TRADE_WORDS)}{rng.choice(SUFFIXES)}有限公司"
        if name not in avoid:
            return name


def yuan(value: Decimal) -> str:
    """`1,234,567.00` style figures."""
    return f"{value:,.2f}"


def plain(value: Decimal) -> str:
    """Two-decimal figures without separators (truth, QR, declaration)."""
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}"


def _group_words(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with inner zeros as 零."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = n // (10**pos) % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += CAP_DIGITS[d] + CAP_UNITS[pos]
    return out


def capital(value: Decimal) -> str:
    """人民币大写 of an amount: `壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分` / `…元整`."""
    value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    integer = int(value)
    fen_total = int((value - integer) * 100)
    jiao, fen = divmod(fen_total, 10)
    words = ""
    if integer == 0:
        words = "零"
    else:
        groups = []
        n = integer
        while n:
            groups.append(n % 10000)
            n //= 10000
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(words)
                continue
            if words and (need_zero or g < 1000):
                words += "零"
            words += _group_words(g) + CAP_GROUPS[idx]
            need_zero = False
    words += "元"
    if jiao == 0 and fen == 0:
        return words + "整"
    if jiao:
        words += CAP_DIGITS[jiao] + "角"
    elif integer:
        words += "零"
    if fen:
        words += CAP_DIGITS[fen] + "分"
    else:
        words += "整"
    return words


def dash(d: dt.date) -> str:
    return d.isoformat()


def slash(d: dt.date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


UPPER_NUM = "〇一二三四五六七八九"


def cn_upper_date(d: dt.date) -> str:
    """二〇二五年三月十八日 (audit reports)."""

    def small(n: int) -> str:
        if n < 10:
            return UPPER_NUM[n]
        tens, ones = divmod(n, 10)
        return ("十" if tens == 1 else UPPER_NUM[tens] + "十") + (UPPER_NUM[ones] if ones else "")

    year = "".join(UPPER_NUM[int(c)] for c in str(d.year))
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def money(rng: random.Random, low: int, high: int, step: int = 1) -> Decimal:
    """A contract amount in yuan between low and high, a multiple of step (yuan)."""
    return Decimal(rng.randint(low // step, high // step) * step).quantize(Decimal("0.01"))


def split(rng: random.Random, total: Decimal, keys: list[str], step: int = 100) -> dict[str, Decimal]:
    """Split total into positive parts, each a multiple of step except the last (which absorbs the rest)."""
    weights = [rng.uniform(0.5, 3.0) for _ in keys]
    scale = sum(weights)
    parts: dict[str, Decimal] = {}
    left = total
    for key, w in zip(keys[:-1], weights[:-1], strict=True):
        part = (total * Decimal(w / scale) / step).quantize(Decimal(1)) * step
        part = max(Decimal(step), part)
        parts[key] = part.quantize(Decimal("0.01"))
        left -= parts[key]
    parts[keys[-1]] = left.quantize(Decimal("0.01"))
    return parts
