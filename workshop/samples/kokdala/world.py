"""Names, firms, clients, codes, capital numerals and date spellings of the 可克达拉 / 伊宁县 / 霍城县 filings."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = [
    "建国",
    "海燕",
    "志强",
    "丽娟",
    "文博",
    "晓东",
    "雪梅",
    "国庆",
    "春生",
    "玉兰",
    "立新",
    "俊杰",
    "红霞",
    "宏伟",
    "秀英",
    "明辉",
    "新华",
    "慧敏",
    "振江",
    "桂芳",
    "永刚",
    "淑珍",
    "德胜",
    "晓燕",
    "天宇",
    "彦军",
    "鹏飞",
    "亚楠",
    "凤英",
    "卫东",
    "子涵",
    "浩然",
    "思远",
    "梦瑶",
    "建新",
    "军",
    "勇",
    "静",
    "磊",
    "敏",
]
UYGHUR = [
    "艾尔肯·吐尔逊",
    "阿依古丽·买买提",
    "买买提江·艾力",
    "古丽娜尔·热合曼",
    "帕尔哈提·阿不都",
    "迪丽努尔·肉孜",
    "努尔艾力·卡德尔",
    "热依拉·依明",
    "阿卜杜拉·斯拉木",
    "祖丽皮亚·艾则孜",
]
KAZAKH = [
    "叶尔兰·别克",
    "阿依达娜·胡安",
    "努尔兰·木拉提",
    "加娜尔·哈力木",
    "别克扎提·达吾列提",
    "古丽米拉·叶尔肯",
]


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.14:
        return rng.choice(UYGHUR)
    if roll < 0.24:
        return rng.choice(KAZAKH)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


@dataclass(frozen=True)
class Place:
    key: str
    region_code: str
    """The six-digit administrative code in the credit code (GB/T 2260)."""
    city: str
    """How an address starts: 新疆伊犁州霍城县… / 新疆可克达拉市…"""
    registry: str
    """The licence's 登记机关."""
    streets: tuple[str, ...]


PLACES = {
    "kkdl": Place(
        "kkdl",
        "659008",
        "新疆维吾尔自治区可克达拉市",
        "可克达拉市市场监督管理局",
        ("伊宁园区江苏大道", "都拉塔口岸路", "长江路", "上海路", "兵团第四师六十四团园区路"),
    ),
    "yining": Place(
        "yining",
        "654021",
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "伊宁县市场监督管理局",
        ("吉里于孜镇人民路", "英也尔镇解放路", "吉里于孜镇迎宾大道", "愉群翁回族乡团结路"),
    ),
    "huocheng": Place(
        "huocheng",
        "654023",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
        "霍城县市场监督管理局",
        ("水定镇果子沟路", "清水河镇江苏大道", "水定镇克干路", "清水河镇伊霍路"),
    ),
}

TRADE = [
    "天汇",
    "清源",
    "博瑞",
    "恒信",
    "伊禾",
    "丝路",
    "果子沟",
    "锡伯",
    "辰安",
    "慧通",
    "金桥",
    "驼铃",
    "天马",
    "塞湖",
    "云杉",
]
KINDS = [
    ("智能科技有限公司", "安防工程有限公司"),
    ("信息技术有限公司", "网络工程有限公司"),
    ("电子工程有限公司", "数码科技有限公司"),
    ("智能化工程有限公司", "信息科技有限公司"),
]

ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _gb11714_check(body: str) -> str:
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def credit_code(rng: random.Random, region: str, head: str = "91") -> str:
    """A GB 32100-2015 code: <head> <region> <GB 11714 organisation code> <check> (91 firms, 11 organs, 12 institutions)."""
    while True:
        lead = "MA" if head == "91" else rng.choice(["0", "4", "7"]) + str(rng.randint(0, 9))
        body = lead + "".join(rng.choice(ORG_BODY[:10] + "ABCDEFGH") for _ in range(6))
        org = body + _gb11714_check(body)
        stem = head + region + org
        weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        total = sum(ORG_ALPHABET.index(c) * w for c, w in zip(stem, weights, strict=True))
        check = (31 - total % 31) % 31
        return stem + ORG_ALPHABET[check]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in ORG_ALPHABET for c in code):
        return False
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    total = sum(ORG_ALPHABET.index(c) * w for c, w in zip(code[:17], weights, strict=True))
    return ORG_ALPHABET[(31 - total % 31) % 31] == code[17]


@dataclass
class Firm:
    name: str
    sister: str
    """A company of the same brand with another trade line (for the party plant)."""
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    place: Place
    phone: str
    bank: str
    account: str
    trade: str = ""
    grade: str = "丁"
    technical_total: int = 10
    certificates: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(holder, certificate, level, number)."""


BANKS = [
    "中国农业银行股份有限公司可克达拉分行",
    "中国建设银行股份有限公司霍城县支行",
    "中国工商银行股份有限公司伊宁县支行",
    "新疆农村信用社伊宁县联社吉里于孜信用社",
    "中国银行股份有限公司伊犁哈萨克自治州分行",
    "伊犁国民村镇银行股份有限公司霍城支行",
]

CERTS = [
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统规划与管理师", "高级"),
    ("信息系统监理师", "中级"),
]


def make_firm(rng: random.Random, place_key: str, grade: str = "丁") -> Firm:
    place = PLACES[place_key]
    trade = rng.choice(TRADE)
    kind, other = rng.choice(KINDS)
    prefix = {"kkdl": "可克达拉市", "yining": "伊宁县", "huocheng": "霍城县"}[place_key]
    name = f"{prefix}{trade}{kind}"
    sister = f"{prefix}{trade}{other}"
    capital = Decimal(rng.choice([500, 600, 800, 1000, 1200, 2000])) * 10000
    established = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    address = f"{place.city}{rng.choice(place.streets)}{rng.randint(2, 188)}号{rng.choice(['', '综合楼', '创业大厦'])}{rng.choice(['', f'{rng.randint(2, 9)}楼'])}"
    staff = rng.randint(22, 30) if grade == "丙" else rng.randint(8, 18)
    n_certs = rng.randint(5, 7) if grade == "丙" else rng.randint(1, 3)
    certs = []
    for i in range(n_certs):
        title, level = rng.choice(CERTS)
        certs.append(
            (
                person(rng),
                title,
                level,
                f"{'S' if level == '高级' else 'M'}{rng.randint(2015, 2023)}0{rng.randint(1000000, 9999999)}{i}",
            )
        )
    return Firm(
        name=name,
        sister=sister,
        credit_code=credit_code(rng, place.region_code),
        legal_rep=person(rng),
        capital=capital,
        established=established,
        address=address,
        place=place,
        phone=f"0999-{rng.randint(3000000, 8999999)}",
        bank=rng.choice(BANKS),
        account=f"{rng.randint(3000, 3099)}{rng.randint(10**13, 10**14 - 1)}",
        trade=trade,
        grade=grade,
        technical_total=staff,
        certificates=certs,
    )


@dataclass(frozen=True)
class Client:
    name: str
    short: str
    field: str
    location: str
    site: str
    """Where the works are (工程地点 / 备注 建筑服务发生地)."""
    works: tuple[str, ...]
    """Project-title stems; the title is <year><stem>."""


CLIENTS = [
    Client(
        "第四师可克达拉市公安局",
        "师市公安局",
        "党政",
        "新疆维吾尔自治区可克达拉市",
        "可克达拉市江苏大道",
        (
            "可克达拉市城区治安视频监控补点建设工程",
            "可克达拉市公安检查站智能安检系统建设项目",
            "师市公安局指挥中心弱电智能化改造工程",
        ),
    ),
    Client(
        "第四师可克达拉市教育局",
        "师市教育局",
        "教育",
        "新疆维吾尔自治区可克达拉市",
        "可克达拉市各中小学校区",
        (
            "可克达拉市中小学校园安防监控提升工程",
            "师市教育系统标准化考点视频监控建设项目",
            "可克达拉市第一中学智慧校园弱电工程",
        ),
    ),
    Client(
        "第四师可克达拉市住房和城乡建设局",
        "师市住建局",
        "房地产、建筑",
        "新疆维吾尔自治区可克达拉市",
        "可克达拉市老旧小区",
        ("可克达拉市老旧小区改造智能安防配套工程", "可克达拉市智慧工地监管平台及前端设备建设项目"),
    ),
    Client(
        "伊宁县教育局",
        "县教育局",
        "教育",
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "伊宁县吉里于孜镇",
        ("伊宁县中小学平安校园视频监控系统建设工程", "伊宁县乡镇学校智慧教室弱电改造工程"),
    ),
    Client(
        "伊宁县第三中学",
        "县三中",
        "教育",
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "伊宁县吉里于孜镇团结路",
        ("伊宁县第三中学教学楼弱电智能化工程", "伊宁县第三中学校园安防及一键报警系统工程"),
    ),
    Client(
        "伊宁县第二中学",
        "县二中",
        "教育",
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "伊宁县英也尔镇",
        ("伊宁县第二中学宿舍楼智能化系统工程", "伊宁县第二中学标准化考场及安防监控工程"),
    ),
    Client(
        "霍城县人民医院",
        "县医院",
        "医疗卫生",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
        "霍城县水定镇",
        (
            "霍城县人民医院门急诊综合楼弱电智能化工程",
            "霍城县人民医院安防监控及门禁系统升级改造工程",
            "霍城县人民医院护理呼叫及信息发布系统工程",
        ),
    ),
    Client(
        "霍城县公安局",
        "县公安局",
        "党政",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
        "霍城县清水河镇",
        ("霍城县乡村道路卡口视频监控建设工程", "霍城县公安局办案中心智能化改造工程"),
    ),
    Client(
        "第四师六十六团",
        "六十六团",
        "农林牧渔、水利",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
        "第四师六十六团团部及连队",
        (
            "六十六团连队雪亮工程视频监控建设项目",
            "六十六团团部综合楼弱电智能化改造工程",
            "六十六团灌区泵站远程监控系统工程",
        ),
    ),
    Client(
        "第四师六十四团",
        "六十四团",
        "农林牧渔、水利",
        "新疆维吾尔自治区可克达拉市",
        "第四师六十四团团部",
        ("六十四团团部公共区域安防监控建设工程", "六十四团连队便民服务中心智能化工程"),
    ),
]

SUPERVISORS = [
    "新疆兵团勘测设计院集团工程监理有限公司",
    "伊犁正信工程建设监理有限公司",
    "新疆天恒基建设工程监理有限公司",
    "伊犁华创工程项目管理咨询有限公司",
]
DESIGNERS = [
    "新疆兵团勘测设计院（集团）有限责任公司",
    "伊犁州建筑勘察设计研究院有限公司",
    "新疆城乡规划设计研究院有限公司",
    "伊犁新天建筑设计有限公司",
]
TESTERS = [
    "伊犁州建设工程质量检测中心有限公司",
    "新疆维吾尔自治区产品质量监督检验研究院伊犁分院",
    "可克达拉市正衡工程检测有限公司",
]
COST_FIRMS = [
    "伊犁华信工程造价咨询有限公司",
    "新疆恒立达工程造价咨询有限公司",
    "可克达拉市中审工程造价咨询有限公司",
    "新疆兴业建设工程项目管理有限公司",
]
AUDIT_FIRMS = [
    "新疆驰远天合有限责任会计师事务所",
    "伊犁天信有限责任会计师事务所",
    "新疆宏昌天圆有限责任会计师事务所",
    "新疆华晟会计师事务所（普通合伙）",
]

# --- money ----------------------------------------------------------------------------------------

DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    """Capital numerals of 0 < n < 10000, with inner zeros as 零 (no leading 零)."""
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out = ""
    zero = False
    started = False
    for d, u in zip(s, units, strict=True):
        if d == "0":
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[int(d)] + u
        started = True
    return out


def capital(amount: Decimal) -> str:
    """人民币大写 (without 人民币): 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    amount = amount.quantize(CENT)
    yuan = int(amount)
    fen_total = int((amount - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    if yuan == 0:
        head = ""
    else:
        yi, rest = divmod(yuan, 10**8)
        wan, ge = divmod(rest, 10**4)
        parts = []
        need_zero = False
        if yi:
            parts.append(_four(yi) + "亿")
        if wan:
            if yi and wan < 1000:
                parts.append("零")
            parts.append(_four(wan) + "万")
        elif yi and ge:
            need_zero = True
        if ge:
            if (yi or wan) and (ge < 1000 or need_zero):
                parts.append("零")
            parts.append(_four(ge))
        head = "".join(parts) + "元"
    if jiao == 0 and fen == 0:
        return head + "整"
    tail = ""
    if jiao:
        tail += DIGITS[jiao] + "角"
    elif yuan:
        tail += "零"
    if fen:
        tail += DIGITS[fen] + "分"
    else:
        tail += "整"
    return head + tail


def fig(amount: Decimal) -> str:
    """1,234,567.89"""
    return f"{amount.quantize(CENT):,.2f}"


def m2(amount: Decimal) -> str:
    """The truth/declaration spelling: two decimals, no separators."""
    return f"{amount.quantize(CENT):.2f}"


def round_to(amount: Decimal, unit: int) -> Decimal:
    return (amount / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit


CN_DIGIT = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二四年五月十六日"""
    year = "".join(CN_DIGIT[int(c)] for c in str(d.year))

    def small(n: int) -> str:
        if n < 10:
            return CN_DIGIT[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGIT[tens]) + "十" + (CN_DIGIT[ones] if ones else "")

    return f"{year}年{small(d.month)}月{small(d.day)}日"


def ymd(d: dt.date) -> str:
    """2024年05月16日"""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def ymd_short(d: dt.date) -> str:
    """2024年5月16日"""
    return f"{d.year}年{d.month}月{d.day}日"


def workday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = (end - start).days
    for _ in range(50):
        d = start + dt.timedelta(days=rng.randint(0, max(span, 0)))
        if d.weekday() < 5:
            return d
    return start


def sister_code(firm: Firm) -> str:
    """The sister company's own credit code (same region, drawn from the firm's code)."""
    return credit_code(random.Random(firm.credit_code), firm.place.region_code)
