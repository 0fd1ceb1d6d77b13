"""Firms, clients, people and projects of 吐鲁番市 (高昌区, 鄯善县, 托克逊县), drawn per seed."""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTIES = {
    "高昌区": ("老城路", "高昌路", "青年路", "绿洲路", "木纳尔路", "柏孜克里克路"),
    "鄯善县": ("楼兰路", "新城路", "沙山路", "火车站路", "皮恰克松地路"),
    "托克逊县": ("团结路", "银河路", "阿乐惠路", "红山路", "博斯坦路"),
}
FIRM_STEMS = (
    "火洲",
    "葡萄沟",
    "坎儿井",
    "交河",
    "高昌",
    "楼兰",
    "库木塔格",
    "艾丁湖",
    "火焰山",
    "鄯善绿洲",
    "天山瀚海",
    "丝路汇通",
)
FIRM_TAILS = (
    "信息技术有限公司",
    "智能科技有限公司",
    "网络工程有限责任公司",
    "数字科技有限公司",
    "计算机系统集成有限公司",
)
SURNAMES = "王李张刘陈杨赵马周吴徐孙胡朱高何郭罗梁宋韩唐冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = "建国志强海涛俊杰丽娟文斌永红晓东玉兰亚军春燕新民学军国庆卫东爱华立新明辉桂芳振江"
UYGHUR = (
    "买买提·吐尔逊",
    "阿不都热合曼·艾力",
    "古丽米拉·阿不拉",
    "艾尔肯·热合曼",
    "热依汗古丽·吾斯曼",
    "努尔兰·哈力克",
)
CLIENTS = (
    "{c}数据局",
    "{c}教育局",
    "{c}卫生健康委员会",
    "{c}公安局",
    "{c}自然资源局",
    "{c}水利局",
    "{c}人民医院",
    "{c}融媒体中心",
    "{c}交通运输局",
    "{c}农业农村局",
    "{c}市场监督管理局",
)
CLIENT_FIELD = {
    "数据局": "党政",
    "教育局": "教育",
    "卫生健康委员会": "医疗卫生",
    "公安局": "党政",
    "自然资源局": "党政",
    "水利局": "农林牧渔、水利",
    "人民医院": "医疗卫生",
    "融媒体中心": "文化、体育、娱乐",
    "交通运输局": "交通",
    "农业农村局": "农林牧渔、水利",
    "市场监督管理局": "党政",
}
PROJECTS = {
    "数据局": ("政务云平台扩容建设项目", "一网通办数据共享交换平台建设项目", "数字政府视频会议系统升级项目"),
    "教育局": ("智慧校园网络改造项目", "中小学录播教室建设项目", "教育城域网安全加固项目"),
    "卫生健康委员会": ("全民健康信息平台建设项目", "基层医疗机构远程会诊系统项目"),
    "公安局": ("雪亮工程视频监控扩容项目", "智慧警务指挥中心集成项目"),
    "自然资源局": ("不动产登记信息系统升级项目", "国土空间基础信息平台建设项目"),
    "水利局": ("坎儿井水资源监测信息化项目", "灌区水量计量监测系统建设项目"),
    "人民医院": ("医院信息系统（HIS）升级改造项目", "数据中心机房改造及网络安全等级保护项目"),
    "融媒体中心": ("融媒体指挥调度平台建设项目", "广播电视播出系统数字化改造项目"),
    "交通运输局": ("农村公路养护管理平台建设项目", "交通运输综合执法信息系统项目"),
    "农业农村局": ("葡萄产业数字化监测平台项目", "高标准农田物联网监测系统项目"),
    "市场监督管理局": ("智慧市场监管平台建设项目", "食品安全追溯系统建设项目"),
}
BANKS = (
    "中国农业银行吐鲁番分行营业部",
    "中国工商银行吐鲁番高昌支行",
    "中国建设银行鄯善县支行",
    "新疆银行吐鲁番分行",
    "中国银行托克逊县支行",
)
CPA_FIRMS = (
    "新疆天恒信会计师事务所有限公司",
    "新疆驰远天合有限责任会计师事务所",
    "吐鲁番正信联合会计师事务所（普通合伙）",
    "新疆华西会计师事务所（特殊普通合伙）",
)
LABS = ("新疆维吾尔自治区软件评测中心", "新疆信息产品质量监督检验研究院")

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(rng: random.Random, area: str = "650402") -> str:
    """A unified social credit code whose GB 32100-2015 check character holds."""
    body = "91" + area + "".join(rng.choice(_CODE_CHARS[:10] + "MA") for _ in range(2))
    body += "".join(rng.choice(_CODE_CHARS) for _ in range(17 - len(body)))
    total = sum(_CODE_CHARS.index(ch) * w for ch, w in zip(body, _W, strict=True))
    return body + _CODE_CHARS[(31 - total % 31) % 31]


def person(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(UYGHUR)
    given = rng.choice([GIVEN[i : i + 2] for i in range(0, len(GIVEN), 2)])
    return rng.choice(SURNAMES) + (given if rng.random() < 0.75 else given[0])


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: int
    established: str
    county: str
    address: str
    bank: str
    account: str
    phone: str


AREA = {"高昌区": "650402", "鄯善县": "650421", "托克逊县": "650422"}


def firm(rng: random.Random, county: str | None = None) -> Firm:
    county = county or rng.choice(list(COUNTIES))
    stem = rng.choice(FIRM_STEMS)
    prefix = rng.choice(("新疆", "吐鲁番", "吐鲁番市"))
    name = prefix + stem + rng.choice(FIRM_TAILS)
    year = rng.randint(2009, 2019)
    established = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    road = rng.choice(COUNTIES[county])
    address = f"新疆吐鲁番市{county}{road}{rng.randint(2, 380)}号{rng.choice(('', '2幢', '综合楼'))}{rng.randint(1, 9)}0{rng.randint(1, 9)}室"
    return Firm(
        name=name,
        credit_code=credit_code(rng, AREA[county]),
        legal_rep=person(rng),
        capital=rng.choice((1000000, 2000000, 5000000, 10000000, 20000000, 30000000)),
        established=established,
        county=county,
        address=address,
        bank=rng.choice(BANKS),
        account="".join(rng.choice("0123456789") for _ in range(19)),
        phone=f"0995-{rng.randint(6200000, 8699999)}",
    )


@dataclass
class Client:
    name: str
    kind: str
    field: str
    county: str
    location: str


def client(rng: random.Random, county: str | None = None) -> Client:
    county = county or rng.choice(list(COUNTIES))
    pattern = rng.choice(CLIENTS)
    prefix = rng.choice((f"吐鲁番市{county}", "吐鲁番市")) if county == "高昌区" else f"{county}"
    name = pattern.format(c=prefix)
    kind = pattern[3:]
    return Client(name, kind, CLIENT_FIELD[kind], county, f"新疆维吾尔自治区吐鲁番市{county}")


def project_name(rng: random.Random, cl: Client) -> str:
    place = cl.county if rng.random() < 0.6 else "吐鲁番市"
    return f"{place}{cl.kind}{rng.choice(PROJECTS[cl.kind])}"
