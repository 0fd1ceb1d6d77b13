"""The four places of 昌吉回族自治州's east, their firms, clients and people (all invented)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from .words import credit_code


@dataclass(frozen=True)
class Place:
    county: str
    region: str
    streets: tuple[str, ...]
    towns: tuple[str, ...]
    phone: str
    short: str


PLACES = {
    "qitai": Place(
        "奇台县",
        "652325",
        ("古城北路", "文化西路", "鼓楼南街", "东环路", "天山路"),
        ("半截沟镇", "老奇台镇", "西北湾镇", "碧流河镇", "吉布库镇"),
        "0994-72",
        "奇台",
    ),
    "jimsar": Place(
        "吉木萨尔县",
        "652327",
        ("北庭路", "文明路", "人民东路", "北庭东路", "滨河路"),
        ("北庭镇", "三台镇", "二工镇", "大有镇", "泉子街镇"),
        "0994-69",
        "吉木萨尔",
    ),
    "mori": Place(
        "木垒哈萨克自治县",
        "652328",
        ("人民北路", "团结路", "迎宾大道", "民主路", "西大街"),
        ("西吉尔镇", "东城镇", "照壁山乡", "英格堡乡", "大石头乡"),
        "0994-48",
        "木垒",
    ),
    "fukang": Place(
        "阜康市",
        "652302",
        ("天池街", "博峰路", "准噶尔路", "瑶池大道", "阜新街"),
        ("九运街镇", "滋泥泉子镇", "城关镇", "上户沟乡", "水磨沟乡"),
        "0994-32",
        "阜康",
    ),
}

SURNAMES = "王李张刘陈杨马赵周吴孙郭何高罗胡朱徐梁韩冯"
GIVEN = "建国军明海燕丽娟伟强磊静涛霞勇平波红新华文斌鹏辉志刚玉兰春生德成学军"
KAZAKH = (
    "努尔兰·别克",
    "叶尔兰·哈力",
    "阿依古丽·沙比提",
    "加娜尔·叶尔肯",
    "哈那提·托合塔尔",
    "别克波拉提·努尔",
)
UYGHUR = ("买买提·艾力", "阿不都热合曼·吾斯曼", "古丽娜尔·吐尔逊", "艾尔肯·热合曼", "迪丽努尔·买合木提")
HUI = ("马福林", "马玉兰", "杨国庆", "丁海军", "白志成")


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(KAZAKH)
    if roll < 0.25:
        return rng.choice(UYGHUR)
    if roll < 0.35:
        return rng.choice(HUI)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


FIRM_WORDS = (
    "天润",
    "博格达",
    "北庭",
    "古城",
    "瑶池",
    "江布拉克",
    "东天山",
    "金沙",
    "丝路",
    "旭日",
    "雪莲",
    "天峰",
)
FIRM_TRADES = ("信息技术", "智能科技", "网络科技", "数字科技", "电子信息", "信息工程")
BANKS = ("中国农业银行", "中国工商银行", "中国建设银行", "新疆农村信用社", "昌吉农村商业银行", "中国银行")


@dataclass
class Firm:
    name: str
    code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    address: str
    place: Place
    phone: str
    bank: str
    account: str
    company_type: str = "有限责任公司（自然人投资或控股）"
    scope: str = ""
    staff: int = 8


def make_firm(rng: random.Random, place: Place, established: dt.date | None = None) -> Firm:
    word = rng.choice(FIRM_WORDS)
    name = f"{place.short}县{word}{rng.choice(FIRM_TRADES)}有限公司"
    if place.county == "阜康市":
        name = f"阜康市{word}{rng.choice(FIRM_TRADES)}有限公司"
    elif place.county == "木垒哈萨克自治县":
        name = f"木垒县{word}{rng.choice(FIRM_TRADES)}有限责任公司"
    since = established or dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    capital = Decimal(rng.choice((200, 300, 500, 600, 1000))) * 10000
    town = place.county
    return Firm(
        name=name,
        code=credit_code(rng, place.region, "91"),
        legal_rep=person(rng),
        capital=capital,
        established=since,
        valid_until=None,
        address=f"新疆昌吉州{town}{rng.choice(place.streets)}{rng.randint(3, 199)}号{rng.randint(1, 6)}楼{rng.randint(1, 9)}0{rng.randint(1, 9)}室",
        place=place,
        phone=f"{place.phone}{rng.randint(10000, 99999)}",
        bank=f"{rng.choice(BANKS)}{place.short}支行",
        account="".join(rng.choice("0123456789") for _ in range(19)),
        scope=(
            "计算机信息系统集成；软件开发；信息技术咨询服务；网络与信息安全软件开发；"
            "安防监控系统安装与维护；计算机及办公设备销售、维修。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
        ),
        staff=rng.randint(7, 14),
    )


@dataclass
class Client:
    name: str
    code: str
    field: str
    place: Place
    stems: tuple[str, ...]


def clients(place: Place) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(name, kind, field, project stems) of a place's clients."""
    c = place.county
    rows = [
        (f"{c}教育局", "11", "教育", ("中小学智慧校园网络改造", "教育城域网扩容", "录播教室建设")),
        (f"{c}人民医院", "12", "医疗卫生", ("医院信息系统（HIS）升级", "院内无线网络覆盖", "机房等保整改")),
        (f"{c}第一中学", "12", "教育", ("校园安防监控升级", "智慧教室改造")),
        (f"{c}自然资源局", "11", "党政", ("不动产登记信息平台运维", "国土空间数据整理")),
        (f"{c}{place.towns[0]}人民政府", "11", "党政", ("乡镇便民服务中心信息化", "综治视频联网")),
        (f"{c}{place.towns[1]}人民政府", "11", "党政", ("雪亮工程前端点位建设", "村级视频会议系统")),
        (f"{c}应急管理局", "11", "党政", ("应急指挥调度平台建设", "森林草原防火监测")),
        (f"{c}水利局", "11", "农林牧渔、水利", ("灌区信息化计量改造", "水资源监控平台运维")),
    ]
    if c == "奇台县":
        rows.append(
            (
                "奇台县江布拉克景区管理委员会",
                "11",
                "文化、体育、娱乐",
                ("景区智慧票务及客流监测", "景区广播与视频监控"),
            )
        )
    if c in ("吉木萨尔县", "阜康市"):
        rows.append(
            ("新疆准东经济技术开发区管理委员会办公室", "11", "党政", ("园区视频会商系统", "园区政务外网改造"))
        )
    return rows


@dataclass
class Auditor:
    name: str
    short: str
    cpas: tuple[str, str]


AUDITORS = (
    Auditor("新疆天勤联合会计师事务所（普通合伙）", "天勤", ("周海燕", "马德成")),
    Auditor("昌吉州庭州有限责任会计师事务所", "庭州", ("李春生", "杨丽娟")),
    Auditor("新疆北庭正信会计师事务所有限公司", "正信", ("何文斌", "丁海军")),
)


@dataclass
class Deal:
    """A project as its papers print it (and, unless planted, as the row declares it)."""

    pid: str
    name: str
    client: str
    client_code: str
    field: str
    location: str
    contract_no: str
    signed_on: dt.date
    accepted_on: dt.date
    fees: dict[str, Decimal]
    amount: Decimal
    invoices: list[tuple[str, dt.date, Decimal]] = dc_field(default_factory=list)
    client_rep: str = ""
    firm_rep: str = ""
    deliver_to: str = ""
    days: int = 90
