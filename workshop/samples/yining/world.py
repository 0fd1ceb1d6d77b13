"""The invented world of the family: places of 伊宁市 and the counties under the prefecture, their public
bodies with their Uyghur (or Kazakh) names, invented firms, people and registry numbers.

Uyghur is written in the Uyghur Arabic alphabet (ئۇيغۇر ئەرەب يېزىقى: ە for e, ې for é, ى for i, ۇ ۆ ۈ for u ö ü,
ۋ for w, ھ for h, ئ before a word-initial vowel); Kazakh in the Arabic alphabet used in Xinjiang (ٴ marks a
front-vowel word that has no ە, ك or گ; ۋ for w/u, ۇ for ū/ü). County names follow each language's own name
for the place (伊宁 = غۇلجا / قۇلجا, 霍城 = قورغاس, 巩留 = توققۇزتارا, 新源 = كۈنەس, 昭苏 = موڭغۇلكۈرە, 特克斯 = تېكەس,
尼勒克 = نىلقا), not a transliteration of the Chinese.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---------------------------------------------------------------- credit codes

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    c = 11 - sum(_org_value(ch) * w for ch, w in zip(body8, ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(first17: str) -> str:
    """GB 32100-2015 check character."""
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, kind: str, area: str) -> str:
    """A unified social credit code: ``91`` firm, ``11`` organ, ``12`` public institution."""
    while True:
        if kind == "91" and rng.random() < 0.8:
            # firms registered since 2015 carry an MA… body
            body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        check = org_check(body)
        if check in USCC_CHARS:
            break
    first17 = kind + area + body + check
    return first17 + uscc_check(first17)


def valid_credit_code(code: str) -> bool:
    """Both checks (GB 11714 inside, GB 32100 at the end)."""
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return org_check(code[8:16]) == code[16] and uscc_check(code[:17]) == code[17]


# ---------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    cn: str
    """Chinese name as printed in a body's name (伊宁市, 察布查尔锡伯自治县)."""
    short: str
    area: str
    ug_adj: str
    """Uyghur attributive (غۇلجا شەھەرلىك: 'of 伊宁市')."""
    kz_adj: str | None
    """Kazakh attributive where the place's bodies print Kazakh (the Kazakh counties)."""
    town: str
    """The seat, for addresses (伊宁市 / 伊宁县吉里于孜镇 …)."""
    streets: tuple[str, ...]


PLACES: dict[str, Place] = {
    "伊宁市": Place(
        "伊宁市",
        "伊宁市",
        "654002",
        "غۇلجا شەھەرلىك",
        "قۇلجا قالالىق",
        "伊宁市",
        ("解放西路", "新华东路", "斯大林街", "阿合买提江街", "飞机场路", "合作区福安路"),
    ),
    "伊宁县": Place(
        "伊宁县",
        "伊宁县",
        "654021",
        "غۇلجا ناھىيىلىك",
        "قۇلجا اۋداندىق",
        "伊宁县吉里于孜镇",
        ("人民路", "团结路", "英也尔路"),
    ),
    "察布查尔": Place(
        "察布查尔锡伯自治县",
        "察县",
        "654022",
        "چاپچال شىبە ئاپتونوم ناھىيىلىك",
        None,
        "察布查尔锡伯自治县察布查尔镇",
        ("锡伯大街", "安居路", "西迁路"),
    ),
    "霍城县": Place(
        "霍城县",
        "霍城县",
        "654023",
        "قورغاس ناھىيىلىك",
        "قورعاس اۋداندىق",
        "霍城县水定镇",
        ("惠远路", "清水河路", "芦草沟路"),
    ),
    "巩留县": Place(
        "巩留县",
        "巩留县",
        "654024",
        "توققۇزتارا ناھىيىلىك",
        "توعىزتاراۋ اۋداندىق",
        "巩留县巩留镇",
        ("库尔德宁路", "团结北路"),
    ),
    "新源县": Place(
        "新源县",
        "新源县",
        "654025",
        "كۈنەس ناھىيىلىك",
        "كۇنەس اۋداندىق",
        "新源县新源镇",
        ("那拉提东路", "则克台路", "幸福路"),
    ),
    "昭苏县": Place(
        "昭苏县",
        "昭苏县",
        "654026",
        "موڭغۇلكۈرە ناھىيىلىك",
        "موڭعۇلكۇرە اۋداندىق",
        "昭苏县昭苏镇",
        ("天马路", "夏塔路"),
    ),
    "特克斯县": Place(
        "特克斯县",
        "特克斯县",
        "654027",
        "تېكەس ناھىيىلىك",
        "تەكەس اۋداندىق",
        "特克斯县特克斯镇",
        ("八卦街", "阔克苏路", "喀拉峻路"),
    ),
    "尼勒克县": Place(
        "尼勒克县",
        "尼勒克县",
        "654028",
        "نىلقا ناھىيىلىك",
        "نىلقى اۋداندىق",
        "尼勒克县尼勒克镇",
        ("唐布拉路", "乔尔玛路"),
    ),
}

# ---------------------------------------------------------------- public bodies

# kind: (Chinese suffix, Uyghur noun phrase, Kazakh noun phrase or None, credit-code kind, field, project stems)
BODY_KINDS: dict[str, tuple[str, str, str | None, str, str, tuple[str, ...]]] = {
    "edu": (
        "教育局",
        "مائارىپ ئىدارىسى",
        "وقۋ-اعارتۋ مەكەمەسى",
        "11",
        "教育",
        (
            "智慧校园网络升级改造项目",
            "中小学录播教室及班班通设备采购项目",
            "教育城域网等级保护测评整改项目",
            "教育系统数据中心机房改造项目",
        ),
    ),
    "hosp": (
        "人民医院",
        "خەلق دوختۇرخانىسى",
        "حالىق اۋرۋحاناسى",
        "12",
        "医疗卫生",
        (
            "医院信息系统（HIS）升级改造项目",
            "互联网医院及远程会诊平台建设项目",
            "数据中心机房及网络安全改造项目",
            "电子病历系统功能应用水平提升项目",
        ),
    ),
    "police": (
        "公安局",
        "جامائەت خەۋپسىزلىك ئىدارىسى",
        None,
        "11",
        "党政",
        ("视频监控补点及联网平台建设项目", "派出所综合指挥室信息化改造项目", "社区警务室网络接入项目"),
    ),
    "water": (
        "水利局",
        "سۇ ئىشلىرى ئىدارىسى",
        None,
        "11",
        "农林牧渔、水利",
        ("灌区信息化监测系统建设项目", "水资源监控能力建设项目", "农村供水工程自动化监控项目"),
    ),
    "agri": (
        "农业农村局",
        "يېزا ئىگىلىك ۋە يېزا ئىشلىرى ئىدارىسى",
        None,
        "11",
        "农林牧渔、水利",
        ("高标准农田物联网监测系统建设项目", "畜牧业养殖监管信息平台项目"),
    ),
    "health": (
        "卫生健康委员会",
        "ساقلىق ساقلاش كومىتېتى",
        None,
        "11",
        "医疗卫生",
        ("基层医疗卫生机构信息系统建设项目", "全民健康信息平台升级项目"),
    ),
    "land": (
        "自然资源局",
        "تەبىئىي بايلىق ئىدارىسى",
        None,
        "11",
        "党政",
        ("不动产登记信息平台升级改造项目", "自然资源“一张图”数据库建设项目"),
    ),
    "culture": (
        "文化体育广播电视和旅游局",
        "مەدەنىيەت، تەنتەربىيە، رادىئو-تېلېۋىزىيە ۋە ساياھەت ئىدارىسى",
        None,
        "11",
        "文化、体育、娱乐",
        ("智慧旅游服务平台建设项目", "公共文化数字服务平台建设项目"),
    ),
    "school3": (
        "第三中学",
        "3-ئوتتۇرا مەكتەپ",
        None,
        "12",
        "教育",
        ("校园网络及多媒体教室建设项目", "智慧校园安防监控系统项目"),
    ),
    "stats": ("统计局", "ستاتىستىكا ئىدارىسى", None, "11", "党政", ("统计数据采集处理平台项目",)),
}


@dataclass(frozen=True)
class Body:
    """A client: a public body whose papers carry a second language."""

    cn: str
    second: str
    """Its name in the second language (Uyghur, or Kazakh in a Kazakh county)."""
    lang: str
    """ug or kk."""
    code: str
    field: str
    place: Place
    stems: tuple[str, ...]
    address: str
    phone: str


def make_body(rng: random.Random, place_key: str, kind: str, *, kazakh: bool = False) -> Body:
    place = PLACES[place_key]
    suffix, ug, kz, code_kind, fld, stems = BODY_KINDS[kind]
    if kazakh and kz and place.kz_adj:
        second, lang = f"{place.kz_adj} {kz}", "kk"
    else:
        second, lang = f"{place.ug_adj} {ug}", "ug"
    address = f"{place.town}{rng.choice(place.streets)}{rng.randint(2, 420)}号"
    phone = f"0999-{rng.randint(2100000, 8399999)}"
    return Body(
        place.cn + suffix,
        second,
        lang,
        credit_code(rng, code_kind, place.area),
        fld,
        place,
        stems,
        address,
        phone,
    )


# ---------------------------------------------------------------- people

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐"
HAN_GIVEN = (
    "建国",
    "志刚",
    "丽华",
    "海燕",
    "晓东",
    "文博",
    "雪梅",
    "国庆",
    "永红",
    "新民",
    "静",
    "磊",
    "婷",
    "浩",
    "春生",
    "玉兰",
    "亚军",
    "鹏飞",
    "桂芳",
    "成林",
)
XIBE_SURNAMES = ("佟", "关", "韩", "伊", "吴", "何", "图")
UYGHUR_GIVEN = (
    "艾力",
    "买买提",
    "阿不都热合曼",
    "热合曼",
    "吐尔逊",
    "阿迪力",
    "艾尼瓦尔",
    "依明",
    "努尔买买提",
    "阿布来提",
    "艾合买提",
    "吾斯曼",
    "亚森",
    "卡德尔",
    "买尔旦",
    "阿依古丽",
    "古丽米拉",
    "帕提古丽",
    "迪丽努尔",
    "热依拉",
    "米热古丽",
    "祖丽胡玛尔",
    "阿丽米热",
)
UYGHUR_FATHER = (
    "买买提",
    "吐尔逊",
    "艾力",
    "阿不都拉",
    "热合曼",
    "依明",
    "托合提",
    "沙吾提",
    "斯迪克",
    "玉素甫",
    "肉孜",
    "阿西木",
    "尼亚孜",
    "司马义",
)
KAZAKH_GIVEN = (
    "努尔兰",
    "叶尔兰",
    "哈那提",
    "叶尔肯",
    "巴合提亚尔",
    "马合沙提",
    "加那尔",
    "阿依达娜",
    "古丽娜尔",
    "别克波拉提",
    "阿斯哈尔",
    "赛力克",
)
KAZAKH_FATHER = (
    "哈力木",
    "努尔江",
    "吐尔洪",
    "别克",
    "阿布都哈力克",
    "加肯",
    "托列根",
    "马哈提",
    "卡德尔别克",
)

DOTS = ("·", "•", "‧", "・", ".")
"""The middle dot of a transliterated name as people type it: U+00B7 (the standard one), U+2022 bullet,
U+2027 hyphenation point, U+30FB katakana middle dot (a Chinese IME's full-width dot), and a plain full
stop. All five name the same person."""


@dataclass(frozen=True)
class Person:
    given: str
    family: str | None
    """Father's name for a Uyghur or Kazakh person (written after the dot); None for a Han name."""
    han: str | None = None

    def name(self, dot: str = "·") -> str:
        if self.family is None:
            return self.han or self.given
        return f"{self.given}{dot}{self.family}"

    @property
    def canonical(self) -> str:
        return self.name("·")


def han_person(rng: random.Random, xibe: bool = False) -> Person:
    surname = rng.choice(XIBE_SURNAMES) if xibe else rng.choice(HAN_SURNAMES)
    given = rng.choice(HAN_GIVEN)
    return Person(given, None, surname + given)


def uyghur_person(rng: random.Random) -> Person:
    return Person(rng.choice(UYGHUR_GIVEN), rng.choice(UYGHUR_FATHER))


def kazakh_person(rng: random.Random) -> Person:
    return Person(rng.choice(KAZAKH_GIVEN), rng.choice(KAZAKH_FATHER))


def any_person(rng: random.Random) -> Person:
    roll = rng.random()
    if roll < 0.4:
        return han_person(rng)
    if roll < 0.8:
        return uyghur_person(rng)
    return kazakh_person(rng)


def distinct_people(rng: random.Random, n: int, maker=any_person) -> list[Person]:
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        p = maker(rng)
        if p.canonical not in seen:
            seen.add(p.canonical)
            out.append(p)
    return out


# ---------------------------------------------------------------- firms

TRADE_WORDS = {
    # Kazakh and Xibe place names that Ili firms take as trade names, plus Uyghur ones of 伊宁
    "kazakh": (
        "那拉提",
        "唐布拉",
        "喀拉峻",
        "库尔德宁",
        "阔克苏",
        "吐尔根",
        "乔尔玛",
        "琼库什台",
        "恰甫其海",
        "夏塔",
    ),
    "xibe": ("孙扎齐", "纳达齐", "绰霍尔", "扎库齐", "堆依齐", "依拉齐", "爱新舍里", "海努克"),
    "uyghur": ("喀赞其", "巴彦岱", "萨依布依", "英也尔", "托格拉克"),
}
TRADE_TAILS = ("数智", "云联", "信通", "智联", "云数", "网信", "数联", "星网")
INDUSTRIES = (
    "信息技术有限公司",
    "网络科技有限公司",
    "智能科技有限公司",
    "信息工程有限公司",
    "电子科技有限公司",
)


@dataclass(frozen=True)
class Firm:
    name: str
    short: str
    """How papers abbreviate it (以下简称“喀赞其数智公司”)."""
    code: str
    place: Place
    address: str
    legal: Person
    capital_wan: int
    established: str
    """ISO date."""
    bank: str
    account: str
    phone: str


def make_firm(rng: random.Random, place_key: str, trade: str, legal: Person, established: str) -> Firm:
    place = PLACES[place_key]
    word = rng.choice(TRADE_WORDS[trade]) + rng.choice(TRADE_TAILS)
    prefix = rng.choice(("伊犁", "伊犁")) if place_key == "伊宁市" else place.short
    if place_key == "察布查尔":
        prefix = rng.choice(("察布查尔县", "察布查尔锡伯自治县"))
    name = prefix + word + rng.choice(INDUSTRIES)
    bank_branch = {
        "伊宁市": "伊犁分行营业部",
        "伊宁县": "伊宁县支行",
        "察布查尔": "察布查尔县支行",
        "霍城县": "霍城县支行",
        "新源县": "新源县支行",
        "特克斯县": "特克斯县支行",
        "巩留县": "巩留县支行",
    }.get(place_key, "伊犁分行")
    bank = (
        rng.choice(
            (
                "中国工商银行股份有限公司",
                "中国农业银行股份有限公司",
                "中国建设银行股份有限公司",
                "新疆农村信用社",
            )
        )
        + bank_branch
    )
    account = "".join(rng.choice("0123456789") for _ in range(rng.choice((17, 19))))
    phone = (
        f"0999-{rng.randint(8000000, 8399999)}"
        if place_key == "伊宁市"
        else f"0999-{rng.randint(3000000, 7999999)}"
    )
    return Firm(
        name=name,
        short=word + "公司",
        code=credit_code(rng, "91", place.area),
        place=place,
        address=f"新疆伊犁州{place.town}{rng.choice(place.streets)}{rng.randint(5, 388)}号",
        legal=legal,
        capital_wan=rng.choice((200, 300, 500, 600, 800, 1000, 1200)),
        established=established,
        bank=bank,
        account=account,
        phone=phone,
    )


AUDIT_FIRMS = (
    "伊犁弘正会计师事务所（普通合伙）",
    "伊犁西域明鉴会计师事务所有限责任公司",
    "新疆瑞诚信和会计师事务所有限公司伊犁分所",
    "伊犁天衢联合会计师事务所（普通合伙）",
)
AUDIT_ABBR = {
    "伊犁弘正会计师事务所（普通合伙）": "伊弘正",
    "伊犁西域明鉴会计师事务所有限责任公司": "伊明鉴",
    "新疆瑞诚信和会计师事务所有限公司伊犁分所": "新瑞诚伊",
    "伊犁天衢联合会计师事务所（普通合伙）": "伊天衢",
}

SUPERVISORS = (
    "伊犁正远工程项目管理有限公司",
    "新疆恒泰鼎信工程监理有限公司伊犁分公司",
    "伊犁博衡信息工程监理有限公司",
)

CERTIFICATES = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("信息系统监理师", "中级"),
    ("软件设计师", "中级"),
)


@dataclass
class Staffing:
    technical_total: int
    certificates: list[tuple[Person, str, str, str]] = field(default_factory=list)
    """(holder, title, level, number)"""


def staffing(rng: random.Random, grade: str) -> Staffing:
    low = {"丁": (6, 14), "丙": (21, 30), "乙": (31, 40)}[grade]
    certs = {"丁": (1, 3), "丙": (5, 7), "乙": (8, 10)}[grade]
    st = Staffing(rng.randint(*low))
    holders = distinct_people(rng, rng.randint(*certs))
    for holder in holders:
        title, level = rng.choice(CERTIFICATES)
        year = rng.randint(2015, 2024)
        number = (
            f"{'S' if level == '高级' else 'Z'}{year}{rng.randint(1, 2)}{rng.randint(10000000, 99999999)}"
        )
        st.certificates.append((holder, title, level, number))
    return st
