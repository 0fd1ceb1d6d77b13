"""Who the parties are: places, firms (with former names, branches and look-alikes), clients (with
their names before and after 机构改革), people, and GB 32100 / GB 11714 check characters."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters of a unified social credit code (GB 32100-2015: no I, O, S, V, Z)."""
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
OCR_CONFUSIONS = {
    "0": "DQU",
    "D": "0",
    "Q": "0",
    "U": "0",
    "1": "LT7",
    "L": "1",
    "T": "1",
    "7": "1",
    "2": "",
    "5": "",
    "8": "B3",
    "B": "8",
    "3": "8",
    "6": "G",
    "G": "6",
    "9": "",
    "4": "A",
    "A": "4",
}
"""Characters a reader might take for others; a check character that one such swap repairs is not
'plainly' wrong."""


@dataclass(frozen=True)
class Place:
    name: str
    region: str
    """The six-digit administrative division code (GB/T 2260)."""
    short: str
    prefecture_prefix: str
    """How the prefecture is put before the place on formal papers."""
    registrar: str
    streets: tuple[str, ...]


PLACES: tuple[Place, ...] = (
    Place(
        "精河县",
        "652722",
        "精河",
        "博尔塔拉蒙古自治州",
        "精河县市场监督管理局",
        ("精河镇友谊路", "精河镇团结路", "精河镇文化路", "八家户农场工业园区"),
    ),
    Place(
        "博乐市",
        "652701",
        "博乐",
        "博尔塔拉蒙古自治州",
        "博乐市市场监督管理局",
        ("青得里大街", "红星路", "北京路", "锦绣路", "南城区农谷路"),
    ),
    Place(
        "阿拉山口市",
        "652702",
        "阿拉山口",
        "博尔塔拉蒙古自治州",
        "阿拉山口市市场监督管理局",
        ("艾比湖路", "综合保税区通达路", "阿拉套路", "口岸大道"),
    ),
    Place(
        "温泉县",
        "652723",
        "温泉",
        "博尔塔拉蒙古自治州",
        "温泉县市场监督管理局",
        ("博格达尔镇温泉路", "博格达尔镇团结西路", "哈日布呼镇幸福路"),
    ),
)

TRADE_NAMES = (
    "天河",
    "博峰",
    "鸿图",
    "瀚信",
    "泓远",
    "星河",
    "精诚",
    "云岭",
    "艾比湖",
    "赛里木",
    "博源",
    "阿拉套",
    "怡和",
    "金杞",
    "锦程",
    "驰联",
)
LOOKALIKE_TRADE = {
    "天河": "天和",
    "博峰": "博锋",
    "鸿图": "宏图",
    "瀚信": "翰信",
    "泓远": "弘远",
    "星河": "兴河",
    "精诚": "晶诚",
    "云岭": "云领",
    "艾比湖": "艾碧湖",
    "赛里木": "赛里穆",
    "博源": "博远",
    "阿拉套": "阿拉陶",
    "怡和": "宜和",
    "金杞": "金起",
    "锦程": "锦诚",
    "驰联": "弛联",
}
"""A trade name and one that differs by a single, similar-sounding character."""
TRADES = ("信息技术", "网络科技", "数字科技", "智能科技", "信息工程", "电子科技", "通信技术", "数智科技")
TRADE_SWAP = {
    "信息技术": "信息科技",
    "网络科技": "网络技术",
    "数字科技": "数码科技",
    "智能科技": "智慧科技",
    "信息工程": "信息技术",
    "电子科技": "电子技术",
    "通信技术": "通讯技术",
    "数智科技": "数字科技",
}
"""A trade and one that differs by one word."""
PINYIN = {
    "天河": "Tianhe",
    "博峰": "Bofeng",
    "鸿图": "Hongtu",
    "瀚信": "Hanxin",
    "泓远": "Hongyuan",
    "星河": "Xinghe",
    "精诚": "Jingcheng",
    "云岭": "Yunling",
    "艾比湖": "Aibihu",
    "赛里木": "Sayram",
    "博源": "Boyuan",
    "阿拉套": "Alatau",
    "怡和": "Yihe",
    "金杞": "Jinqi",
    "锦程": "Jincheng",
    "驰联": "Chilian",
}
TRADE_EN = {
    "信息技术": "Information Technology",
    "网络科技": "Network Technology",
    "数字科技": "Digital Technology",
    "智能科技": "Intelligent Technology",
    "信息工程": "Information Engineering",
    "电子科技": "Electronic Technology",
    "通信技术": "Communication Technology",
    "数智科技": "Digital Intelligence Technology",
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = (
    "建国",
    "志强",
    "海燕",
    "玉梅",
    "文杰",
    "晓东",
    "丽娟",
    "国庆",
    "春花",
    "伟",
    "敏",
    "静",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "红梅",
    "立新",
    "新疆",
    "卫东",
)
MINORITY = (
    "巴音达来",
    "乌兰",
    "布仁巴雅尔",
    "阿依古丽·买买提",
    "艾尔肯·吐尔逊",
    "古丽娜尔·吾斯曼",
    "那仁格日勒",
    "叶尔兰·哈力木",
    "阿力木江·热合曼",
    "其其格",
    "巴特尔",
    "努尔兰·别克",
)


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(MINORITY)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def uscc_check(first17: str) -> str:
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body: str) -> str:
    """GB 11714 check character of an eight-character organisation code body."""
    c = 11 - sum(_org_value(ch) * w for ch, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    """A valid code: 91 (an enterprise at the market regulator), the region, an MA-style
    organisation code with its GB 11714 check, and the GB 32100 check character."""
    while True:
        body = "MA" + "".join(rng.choice(USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        check = org_check(body)
        if check not in USCC_CHARS:
            continue
        first = kind + region + body + check
        return first + uscc_check(first)


def repairable(code: str) -> bool:
    """Whether one reading confusion, anywhere in the code, turns it into a valid one."""
    for i, ch in enumerate(code):
        for alt in OCR_CONFUSIONS.get(ch, ""):
            if alt in USCC_CHARS and uscc_valid(code[:i] + alt + code[i + 1 :]):
                return True
    return False


def break_check(code: str, rng: random.Random) -> str:
    """The same code with a wrong check character that no single reading confusion repairs."""
    wrongs = [c for c in USCC_CHARS if c != code[17] and not repairable(code[:17] + c)]
    return code[:17] + rng.choice(wrongs)


def org_code_agrees(code: str) -> bool:
    return org_check(code[8:16]) == code[16]


def plain(name: str) -> str:
    """A name as a reviewer compares it: bracket width and spaces do not count."""
    return name.replace("(", "（").replace(")", "）").replace(" ", "").replace("\u3000", "")


@dataclass
class Firm:
    """A system-integration enterprise as registered, with what it was called before and its branch."""

    trade: str
    """字号"""
    industry: str
    place: Place
    form: str
    """有限公司 or 有限责任公司"""
    prefix: str
    """'新疆' at the front, or '' (then the place's short name is at the front), or '(新疆)' in brackets"""
    credit_code: str
    legal_rep: str
    capital: int
    established: str
    address: str
    former_name: str | None = None
    renamed_on: str | None = None
    branch_place: Place | None = None
    branch_code: str | None = None
    branch_head: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return compose(self.trade, self.industry, self.place, self.form, self.prefix)

    @property
    def branch_name(self) -> str:
        assert self.branch_place is not None
        return self.name + self.branch_place.short + "分公司"

    @property
    def english(self) -> str:
        head = "Xinjiang " if self.prefix else f"{PINYIN_PLACE[self.place.short]} "
        return f"{head}{PINYIN[self.trade]} {TRADE_EN[self.industry]} Co., Ltd."

    @property
    def short(self) -> str:
        """How the preamble abbreviates the firm: 以下简称“天河公司”."""
        return self.trade + "公司"


PINYIN_PLACE = {"精河": "Jinghe", "博乐": "Bole", "阿拉山口": "Alashankou", "温泉": "Wenquan"}


def compose(trade: str, industry: str, place: Place, form: str, prefix: str) -> str:
    if prefix == "新疆":
        return f"新疆{trade}{industry}{form}"
    if prefix == "(新疆)":
        return f"{trade}（新疆）{industry}{form}"
    return f"{place.name}{trade}{industry}{form}"


@dataclass(frozen=True)
class Client:
    """A client body; ``former`` is its name before 机构改革 where it was renamed."""

    name: str
    place: Place
    former: str | None = None
    field: str = "党政"
    topic: str = ""


def clients_of(place: Place) -> list[Client]:
    p = place.name
    return [
        Client(f"{p}教育局", place, None, "教育", "智慧教育云平台"),
        Client(f"{p}人民医院", place, None, "医疗卫生", "医院信息系统（HIS）升级改造"),
        Client(f"{p}公安局", place, None, "党政", "视频监控联网平台"),
        Client(f"{p}自然资源局", place, None, "党政", "国土空间基础信息平台"),
        Client(f"{p}水利局", place, None, "农林牧渔、水利", "灌区信息化监测系统"),
        Client(f"{p}融媒体中心", place, None, "文化、体育、娱乐", "融媒体指挥调度平台"),
        Client(f"{p}应急管理局", place, None, "党政", "应急指挥信息系统"),
        Client(f"{p}疾病预防控制中心", place, None, "医疗卫生", "实验室信息管理系统"),
        Client(f"{p}住房和城乡建设局", place, None, "房地产、建筑", "智慧工地监管平台"),
        Client(f"{p}市场监督管理局", place, None, "党政", "智慧市场监管平台"),
    ]


def reformed_clients(place: Place) -> list[Client]:
    """Bodies renamed by the 2024 机构改革: the old name signed the contract."""
    p = place.name
    return [
        Client(f"{p}数据局", place, f"{p}信息中心", "党政", "政务云平台扩容"),
        Client(f"{p}政务服务和数据管理局", place, f"{p}政务服务中心", "党政", "一网通办政务服务平台"),
        Client(f"{p}数据局", place, f"{p}大数据中心", "党政", "城市运行数据中台"),
    ]


def county_prefixed(name: str, place: Place, style: str) -> str:
    """A county body written with more of its address in front, as formal papers do."""
    if style == "xinjiang":
        return "新疆" + name
    if style == "autonomous":
        return "新疆维吾尔自治区" + name
    if style == "prefecture":
        return place.prefecture_prefix + name
    return name


AUDIT_FIRMS = (
    "新疆天诚有限责任会计师事务所",
    "博尔塔拉正信会计师事务所（普通合伙）",
    "新疆华西会计师事务所（特殊普通合伙）",
    "新疆驰远天合有限责任会计师事务所",
    "中审华会计师事务所（特殊普通合伙）新疆分所",
)
