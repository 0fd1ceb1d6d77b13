"""Invented firms, people and clients of 轮台县, 库尔勒市, 尉犁县 and 和硕县 (巴音郭楞蒙古自治州)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .spelling import credit_code

PREFECTURE = "巴音郭楞蒙古自治州"
PLACES = {
    # county: (region code, street pool, phone prefix)
    "轮台县": ("652822", ("轮台镇文化路", "轮台镇天山东路", "轮台镇团结路", "轮南镇迎宾路"), "0996-46"),
    "库尔勒市": ("652801", ("人民东路", "石化大道", "萨依巴格路", "建国北路", "梨香路"), "0996-20"),
    "尉犁县": ("652823", ("尉犁镇胜利路", "尉犁镇孔雀路", "尉犁镇达西路"), "0996-40"),
    "和硕县": ("652828", ("特吾里克镇清水河路", "特吾里克镇和硕路", "特吾里克镇金沙路"), "0996-30"),
}
REGISTRY = {county: f"{county}市场监督管理局" for county in PLACES}

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁宋谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
HAN_GIVEN = "建国志明晓燕海涛丽娟德华文静玉兰秀英春梅红霞永强新民俊杰雪峰丽萍晓东振宇浩然婷婷国庆亚军伟东小军桂芳金凤卫东学军宏伟鹏飞佳琪子涵思远雅琴"
UYGHUR = (
    "艾力·买买提",
    "阿不都热依木·吐尔逊",
    "古丽娜尔·阿不都拉",
    "买买提江·依明",
    "热依汗古丽·艾买尔",
    "吐尔洪·阿吾提",
    "努尔艾力·卡德尔",
    "阿依努尔·司马义",
)
MONGOL = (
    "巴图孟和",
    "其其格",
    "额尔敦巴特尔",
    "宝音德力格尔",
    "乌兰其木格",
    "那仁格日勒",
    "布和巴雅尔",
    "萨仁高娃",
)

TRADE_WORDS = (
    "瀚博",
    "恒泰",
    "睿通",
    "晟源",
    "联讯",
    "汇智",
    "锦程",
    "星峰",
    "泽川",
    "昊达",
    "宏远",
    "诚航",
    "亿联",
    "博讯",
    "川迪",
    "鑫瑞",
    "梨城",
    "沙湾",
    "胡杨",
    "天鹅",
)
LINES = ("信息技术", "网络科技", "电子科技", "信息科技", "智能科技", "计算机系统工程", "数码科技")


def han_name(rng: random.Random) -> str:
    given = HAN_GIVEN[rng.randrange(0, len(HAN_GIVEN) // 2) * 2 :][:2]
    return rng.choice(HAN_SURNAMES) + (given if rng.random() < 0.7 else given[0])


def person(rng: random.Random) -> str:
    """A name of someone living in 巴州: mostly Han, some Uyghur and Mongol."""
    roll = rng.random()
    if roll < 0.7:
        return han_name(rng)
    if roll < 0.85:
        return rng.choice(UYGHUR)
    return rng.choice(MONGOL)


def phone(rng: random.Random, county: str) -> str:
    return PLACES[county][2] + f"{rng.randrange(10000, 99999):05d}"[:5]


def mobile(rng: random.Random) -> str:
    return rng.choice(("139", "138", "181", "199", "150", "177")) + f"{rng.randrange(0, 10**8):08d}"


@dataclass
class Firm:
    """The declaring enterprise (or any other company that prints its name on a paper)."""

    name: str
    code: str
    county: str
    legal_rep: str
    capital: int
    """Registered capital in yuan (whole 万)."""
    address: str
    phone: str
    fax: str
    bank: str
    account: str
    contact: str


BANKS = (
    "中国工商银行轮台县支行",
    "中国农业银行库尔勒分行营业部",
    "中国建设银行尉犁县支行",
    "新疆农村信用社和硕县联社",
    "中国银行库尔勒市人民东路支行",
    "库尔勒银行股份有限公司轮台支行",
)


def firm(rng: random.Random, county: str, taken: set[str] | None = None, legacy: bool = False) -> Firm:
    taken = taken if taken is not None else set()
    while True:
        word = rng.choice(TRADE_WORDS)
        head = (
            rng.choice((county, "新疆", "巴州")) if county != "库尔勒市" else rng.choice(("库尔勒", "新疆"))
        )
        name = f"{head}{word}{rng.choice(LINES)}有限公司"
        if name not in taken and not any(word in t for t in taken):
            taken.add(name)
            break
    region = PLACES[county][0]
    street = rng.choice(PLACES[county][1])
    address = f"新疆{PREFECTURE}{county}{street}{rng.randrange(2, 298)}号"
    if rng.random() < 0.4:
        address += f"{rng.randrange(1, 6)}栋{rng.randrange(1, 4)}0{rng.randrange(1, 9)}室"
    return Firm(
        name=name,
        code=credit_code(rng, region, "legacy" if legacy else "enterprise"),
        county=county,
        legal_rep=person(rng),
        capital=rng.choice((100, 200, 300, 500, 600, 800, 1000, 1200)) * 10000,
        address=address,
        phone=phone(rng, county),
        fax=phone(rng, county),
        bank=rng.choice(BANKS),
        account="".join(str(rng.randrange(10)) for _ in range(rng.choice((17, 19)))),
        contact=han_name(rng),
    )


@dataclass(frozen=True)
class ClientKind:
    suffix: str
    field: str
    subjects: tuple[str, ...]
    institution: bool = False


CLIENT_KINDS = (
    ClientKind(
        "教育局",
        "教育",
        ("教育城域网升级改造项目", "中小学班班通设备采购及集成项目", "教育视频会议系统建设项目"),
    ),
    ClientKind(
        "第二中学", "教育", ("智慧校园建设项目", "标准化考场视频监控系统升级项目", "录播教室建设项目"), True
    ),
    ClientKind(
        "人民医院",
        "医疗卫生",
        ("信息化机房改造及等级保护建设项目", "医院无线网络覆盖工程", "远程会诊系统集成项目"),
        True,
    ),
    ClientKind(
        "公安局", "党政", ("视频监控联网平台扩容项目", "公安专网安全接入改造项目", "指挥中心大屏显示系统项目")
    ),
    ClientKind("自然资源局", "党政", ("不动产登记信息平台运维项目", "国土空间基础信息平台数据整合项目")),
    ClientKind(
        "林业和草原局", "农林牧渔、水利", ("森林草原防火视频监控系统建设项目", "林草资源监测感知网络项目")
    ),
    ClientKind("水利局", "农林牧渔、水利", ("灌区信息化监测系统建设项目", "水资源监控平台升级项目")),
    ClientKind("融媒体中心", "文化、体育、娱乐", ("演播室系统集成项目", "融媒体指挥调度平台建设项目"), True),
    ClientKind("应急管理局", "党政", ("应急指挥视频会商系统建设项目", "应急广播系统集成项目")),
    ClientKind("政务服务中心", "党政", ("政务服务大厅智能化改造项目", "一网通办自助终端部署项目"), True),
)


@dataclass
class Client:
    name: str
    code: str
    county: str
    field: str
    subject: str
    address: str
    phone: str
    fax: str
    contact: str


def client(rng: random.Random, county: str, avoid: set[str]) -> Client:
    while True:
        kind = rng.choice(CLIENT_KINDS)
        where = rng.choice((county, county, *PLACES))
        name = where + kind.suffix
        if name not in avoid:
            avoid.add(name)
            break
    region = PLACES[where][0]
    street = rng.choice(PLACES[where][1])
    return Client(
        name=name,
        code=credit_code(rng, region, "institution" if kind.institution else "organ"),
        county=where,
        field=kind.field,
        subject=rng.choice(kind.subjects),
        address=f"新疆{PREFECTURE}{where}{street}{rng.randrange(1, 120)}号",
        phone=phone(rng, where),
        fax=phone(rng, where),
        contact=person(rng),
    )


AUDIT_FIRMS = (
    ("巴州正信联合会计师事务所（普通合伙）", "巴正信审字"),
    ("新疆孔雀河会计师事务所有限责任公司", "孔会审字"),
    ("库尔勒博瑞会计师事务所有限公司", "博瑞审字"),
    ("新疆铁门关会计师事务所（特殊普通合伙）", "新铁审字"),
)

SUPERVISORS = (
    "新疆梨城工程建设监理有限公司",
    "巴州华信信息工程监理有限公司",
    "新疆天鹅湖项目管理咨询有限公司",
)
