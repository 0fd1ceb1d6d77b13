"""Names, firms, clients, credit codes, capital numerals and fee splits for the Altay family."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

COUNTIES: dict[str, str] = {
    "阿勒泰市": "654301",
    "布尔津县": "654321",
    "富蕴县": "654322",
    "福海县": "654323",
    "哈巴河县": "654324",
    "青河县": "654325",
    "吉木乃县": "654326",
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国志强海涛红梅立新文华晓东玉兰德明春燕国栋秀英永刚丽娟振华雪莲天宇佳怡俊杰婷婷伟明静怡子轩浩然雨欣博文梓涵明辉桂芳学军淑珍忠诚卫东"
UYGHUR = [
    "艾力·买买提",
    "阿依古丽·吐尔逊",
    "努尔兰·哈斯木",
    "古丽娜尔·阿不都",
    "叶尔兰·加肯",
    "阿丽米拉·赛力克",
    "哈力木·努尔",
    "巴合提别克·托合塔尔",
]

STEMS = [
    "天山",
    "金山",
    "额河",
    "阿尔泰",
    "喀纳斯",
    "乌伦古",
    "白桦林",
    "雪峰",
    "北屯",
    "驼铃",
    "冰川",
    "松涛",
    "金桥",
    "禾木",
]
TRADES = ["信息技术", "智能科技", "数字科技", "网络科技", "信息工程", "电子科技", "云数科技"]
SUFFIX = ["有限公司", "有限责任公司", "股份有限公司"]

CLIENT_BODIES = [
    "{c}人民政府办公室",
    "{c}教育局",
    "{c}人民医院",
    "{c}公安局",
    "{c}自然资源局",
    "{c}融媒体中心",
    "{c}水利局",
    "{c}疾病预防控制中心",
    "{c}住房和城乡建设局",
    "{c}第一中学",
    "{c}文化体育广播电视和旅游局",
    "{c}农业农村局",
]

PROJECTS = [
    ("智慧校园网络升级改造项目", "教育"),
    ("视频监控联网平台建设项目", "党政"),
    ("医院信息系统（HIS）升级项目", "医疗卫生"),
    ("政务外网安全等级保护整改项目", "党政"),
    ("水资源监测信息化平台建设项目", "农林牧渔、水利"),
    ("融媒体中心演播系统集成项目", "文化、体育、娱乐"),
    ("不动产登记数据整合项目", "党政"),
    ("城市管理数字化指挥中心建设项目", "公用事业"),
    ("旅游景区智慧票务系统项目", "文化、体育、娱乐"),
    ("疾控应急指挥信息系统项目", "医疗卫生"),
    ("数据中心机房建设及配套工程", "党政"),
    ("农村饮水安全远程监控系统项目", "农林牧渔、水利"),
]

AUDIT_FIRMS = [
    "新疆天正会计师事务所（普通合伙）",
    "新疆金桥有限责任会计师事务所",
    "阿勒泰中信会计师事务所有限公司",
    "新疆华夏天诚会计师事务所（特殊普通合伙）",
    "新疆驰远天合有限责任会计师事务所",
]
SUPERVISORS = [
    "新疆昆仑工程监理有限责任公司",
    "阿勒泰地区恒信建设监理有限公司",
    "新疆天衡信息工程监理有限公司",
    "新疆兴达建设项目管理咨询有限公司",
]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    n = 1 if rng.random() < 0.35 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def county(rng: random.Random) -> str:
    return rng.choice(list(COUNTIES))


def firm(rng: random.Random, place: str) -> str:
    short = place[:-1] if len(place) > 2 else place
    base = rng.choice(STEMS) + rng.choice(TRADES)
    if rng.random() < 0.5:
        return f"新疆{base}{rng.choice(SUFFIX)}"
    return f"阿勒泰{base}{rng.choice(SUFFIX)}" if place == "阿勒泰市" else f"{short}{base}有限公司"


def client(rng: random.Random, place: str) -> str:
    return rng.choice(CLIENT_BODIES).format(c=place)


def _org_check(body: str) -> str:
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def credit_code(rng: random.Random, place: str) -> str:
    """A unified social credit code passing both GB 11714 and GB 32100 check characters."""
    while True:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        org = body + _org_check(body)
        if org[-1] in CODE_CHARS:
            break
    head = "91" + COUNTIES[place] + org
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(head, weights, strict=True))
    check = (31 - total % 31) % 31
    return head + CODE_CHARS[check]


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000 (without leading 零)."""
    out = ""
    zero = False
    for unit, value in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += CN_DIGITS[d] + unit
    return out


def capital(amount: Decimal) -> str:
    """人民币 capital numerals: 贰佰肆拾伍万零叁佰元整, 壹拾万元伍角."""
    fen_total = int((amount * 100).quantize(Decimal(1)))
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    parts: list[str] = []
    groups = [(yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")]
    started = False
    need_zero = False
    for value, unit in groups:
        if value == 0:
            if started:
                need_zero = True
            continue
        if started and (need_zero or value < 1000):
            parts.append("零")
        parts.append(_four(value) + unit)
        started = True
        need_zero = False
    text = "".join(parts)
    if not text:
        text = "零"
    text += "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += CN_DIGITS[jiao] + "角"
    elif fen:
        text += "零"
    if fen:
        text += CN_DIGITS[fen] + "分"
    return text


def figures(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date_upper(d: dt.date) -> str:
    """二〇二五年三月五日 as written by hand on signature blocks."""
    digits = "〇一二三四五六七八九"
    nums = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

    def small(n: int) -> str:
        if n <= 10:
            return nums[n]
        if n < 20:
            return "十" + nums[n - 10]
        return nums[n // 10] + "十" + (nums[n % 10] if n % 10 else "")

    return "".join(digits[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def split_fees(rng: random.Random, total_hint: int, keys: list[str]) -> dict[str, Decimal]:
    """Split about ``total_hint`` yuan among ``keys`` (round hundreds, one odd cent figure sometimes)."""
    weights = [rng.uniform(0.5, 3.0) for _ in keys]
    s = sum(weights)
    out: dict[str, Decimal] = {}
    for k, w in zip(keys, weights, strict=True):
        out[k] = Decimal(int(total_hint * w / s / 100) * 100)
    if rng.random() < 0.4:
        k = keys[0]
        out[k] += Decimal(rng.randint(1, 99)) + Decimal(rng.choice([0, 50])) / 100
    return out
