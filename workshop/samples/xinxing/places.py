"""The four places of the family, their clients, and the invented firms around a deal."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .codes import bank_account, credit_code


@dataclass(frozen=True)
class Place:
    key: str
    region: str
    """Six-digit administrative code in the credit code."""
    province_line: str
    """How a location column spells it."""
    address_head: str
    roads: tuple[str, ...]
    trade_words: tuple[str, ...]
    regulator: str
    """The 登记机关 on a licence."""
    firm_head: str


PLACES: dict[str, Place] = {
    "xinxing": Place(
        "xinxing",
        "659011",
        "新疆生产建设兵团第十三师新星市",
        "新疆新星市",
        ("星创路", "天山大道", "红星路", "二道湖工业园区星光路", "创业大道", "胡杨东路"),
        ("星拓", "星驰", "瀚衡", "星垣", "砺行", "新垦", "星屹"),
        "新星市市场监督管理局",
        "新星市",
    ),
    "yizhou": Place(
        "yizhou",
        "650502",
        "新疆维吾尔自治区哈密市伊州区",
        "新疆哈密市伊州区",
        ("建国北路", "天山北路", "八一南路", "前进东路", "光明路", "广场南路", "迎宾大道"),
        ("驿联", "天驿", "驼铃", "瓜乡", "东天山", "丝驿", "瀚澜"),
        "哈密市伊州区市场监督管理局",
        "哈密",
    ),
    "barkol": Place(
        "barkol",
        "650521",
        "新疆维吾尔自治区哈密市巴里坤哈萨克自治县",
        "新疆哈密市巴里坤县巴里坤镇",
        ("东大街", "汉城路", "松峰路", "仓储巷", "古城北路"),
        ("松岭", "蒲类", "湖畔", "天鹅湾", "雪松", "巴湖"),
        "巴里坤哈萨克自治县市场监督管理局",
        "巴里坤",
    ),
    "yiwu": Place(
        "yiwu",
        "650522",
        "新疆维吾尔自治区哈密市伊吾县",
        "新疆哈密市伊吾县伊吾镇",
        ("胡杨路", "团结路", "伊吾大道", "淖毛湖路", "前进路"),
        ("胡杨林", "淖湖", "下马崖", "白石头", "苇子峡", "吐葫芦"),
        "伊吾县市场监督管理局",
        "伊吾县",
    ),
}

FIRM_TRADES = (
    ("信息技术有限公司", "信息技术"),
    ("数智科技有限公司", "数智科技"),
    ("网络工程有限公司", "网络工程"),
    ("智能科技有限公司", "智能科技"),
    ("电子科技有限公司", "电子科技"),
)


@dataclass(frozen=True)
class Client:
    name: str
    place: str
    field: str
    kind: str
    """``11`` organ or ``12`` public institution (credit-code prefix)."""
    stems: tuple[str, ...]
    """Project titles the client puts out (without the client's name)."""
    user: str = ""
    """Where a bureau signs for a user unit (the hospital of a 卫健委), the user's name."""


CLIENTS: tuple[Client, ...] = (
    Client(
        "第十三师新星市教育局",
        "xinxing",
        "教育",
        "11",
        ("中小学智慧校园网络升级改造项目", "教育城域网及校园监控扩容项目"),
    ),
    Client(
        "第十三师新星市公安局",
        "xinxing",
        "党政",
        "11",
        ("社会面视频监控补点建设项目", "指挥中心信息化提升项目"),
    ),
    Client(
        "第十三师新星市应急管理局",
        "xinxing",
        "党政",
        "11",
        ("应急指挥信息化平台建设项目", "应急广播及视频会商系统项目"),
    ),
    Client(
        "第十三师火箭农场",
        "xinxing",
        "农林牧渔、水利",
        "12",
        ("高标准农田智能灌溉信息化项目", "连队综合服务中心网络及监控项目"),
    ),
    Client(
        "第十三师黄田农场",
        "xinxing",
        "农林牧渔、水利",
        "12",
        ("农场数字化管理平台建设项目", "连队雪亮工程建设项目"),
    ),
    Client(
        "第十三师红星医院",
        "xinxing",
        "医疗卫生",
        "12",
        ("院内网络及信息机房改造项目", "医院安防监控系统升级项目"),
    ),
    Client(
        "哈密市伊州区教育局",
        "yizhou",
        "教育",
        "11",
        ("乡镇学校录播教室及网络建设项目", "中小学校园安防监控升级项目"),
    ),
    Client(
        "哈密市公安局伊州区分局",
        "yizhou",
        "党政",
        "11",
        ("城区治安卡口及视频监控项目", "派出所信息化机房改造项目"),
    ),
    Client(
        "哈密市伊州区城市管理局",
        "yizhou",
        "公用事业",
        "11",
        ("智慧城管平台（一期）建设项目", "城区公厕及环卫监控系统项目"),
    ),
    Client(
        "哈密市伊州区水利局",
        "yizhou",
        "农林牧渔、水利",
        "11",
        ("灌区信息化及计量监测系统项目", "水库安全监测及视频监控项目"),
    ),
    Client(
        "巴里坤哈萨克自治县教育局",
        "barkol",
        "教育",
        "11",
        ("县域中小学智慧教室建设项目", "寄宿制学校安防监控改造项目"),
    ),
    Client(
        "巴里坤哈萨克自治县卫生健康委员会",
        "barkol",
        "医疗卫生",
        "11",
        ("信息化机房及网络改造项目", "安防及智能化系统项目"),
        user="巴里坤哈萨克自治县人民医院",
    ),
    Client(
        "巴里坤哈萨克自治县人民医院",
        "barkol",
        "医疗卫生",
        "12",
        ("信息化机房及网络改造项目", "院区安防及智能化系统项目"),
    ),
    Client(
        "巴里坤哈萨克自治县文化体育广播电视和旅游局",
        "barkol",
        "文化、体育、娱乐",
        "11",
        ("景区智慧旅游监控及广播系统项目", "县融媒体中心网络改造项目"),
    ),
    Client(
        "伊吾县教育局", "yiwu", "教育", "11", ("中小学校园网络及多媒体教室项目", "寄宿制学校智能化改造项目")
    ),
    Client(
        "伊吾县人民医院",
        "yiwu",
        "医疗卫生",
        "12",
        ("医院网络安全等级保护整改项目", "院区视频监控及门禁系统项目"),
    ),
    Client(
        "伊吾县淖毛湖镇人民政府",
        "yiwu",
        "党政",
        "11",
        ("镇村视频监控及综治中心建设项目", "便民服务中心信息化项目"),
    ),
    Client(
        "伊吾县水利局",
        "yiwu",
        "农林牧渔、水利",
        "11",
        ("山区水库雨水情测报系统项目", "农村供水工程自动化监控项目"),
    ),
)

CLIENT_LOCATIONS = {
    "xinxing": "新疆生产建设兵团第十三师新星市",
    "yizhou": "新疆维吾尔自治区哈密市伊州区",
    "barkol": "新疆维吾尔自治区哈密市巴里坤哈萨克自治县",
    "yiwu": "新疆维吾尔自治区哈密市伊吾县",
}

AUDIT_FIRMS = (
    "新疆驼峰正信会计师事务所有限公司",
    "哈密瀚正联合会计师事务所（普通合伙）",
    "新疆东天山华审会计师事务所有限责任公司",
    "新疆砺诚信达会计师事务所（特殊普通合伙）",
)
TENDER_AGENTS = ("新疆驿诚招标代理有限公司", "哈密市恒信工程项目管理有限公司", "新疆天衡远建设咨询有限公司")
SUPERVISORS = ("新疆砺衡工程监理有限公司", "哈密市天正建设监理有限责任公司", "新疆瀚驰信息工程监理有限公司")
COST_FIRMS = ("新疆衡策工程造价咨询有限公司", "哈密市正源造价咨询有限责任公司", "新疆明审工程咨询有限公司")
BANKS = ("中国农业银行", "中国建设银行", "中国工商银行", "哈密市商业银行", "中国银行")
BANK_BRANCHES = {
    "xinxing": "新星市支行",
    "yizhou": "哈密伊州支行",
    "barkol": "巴里坤县支行",
    "yiwu": "伊吾县支行",
}


@dataclass(frozen=True)
class Party:
    """An organisation as a paper prints it: name, credit code, address, bank."""

    name: str
    credit_code: str
    address: str
    bank: str
    branch: str
    account: str
    phone: str


def firm_name(rng: random.Random, place: Place, taken: set[str]) -> tuple[str, str]:
    """An invented firm in the place: (name, trade word)."""
    while True:
        word = rng.choice(place.trade_words)
        suffix, _ = rng.choice(FIRM_TRADES)
        name = place.firm_head + word + suffix
        if name not in taken:
            return name, word


def address(rng: random.Random, place: Place) -> str:
    return f"{place.address_head}{rng.choice(place.roads)}{rng.randint(2, 188)}号"


def phone(rng: random.Random) -> str:
    return f"0902-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def party(rng: random.Random, name: str, place: Place, kind: str) -> Party:
    """An organisation of the place with a fresh credit code, address and bank account."""
    bank = rng.choice(BANKS)
    return Party(
        name=name,
        credit_code=credit_code(rng, place.region, kind),
        address=address(rng, place),
        bank=bank,
        branch=f"{bank}股份有限公司{BANK_BRANCHES[place.key]}",
        account=bank_account(rng, bank),
        phone=phone(rng),
    )
