"""The people, companies and places of the aksu family (阿克苏地区), all invented.

Names follow how Aksu paperwork actually reads: Uyghur names written with the middle dot
(买买提·艾力), county-prefixed company names, government clients with their full
bureau names, and long project names that wrap over two lines on a contract.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .text import credit_code

AREAS = {
    "阿克苏市": "652901",
    "库车市": "652902",
    "温宿县": "652922",
    "沙雅县": "652924",
    "新和县": "652925",
    "拜城县": "652926",
    "乌什县": "652927",
    "阿瓦提县": "652928",
    "柯坪县": "652929",
}

STREETS = {
    "阿克苏市": ["英巴扎街道西大街", "南城街道塔北路", "新城街道东大街", "多浪片区迎宾路", "红桥街道栏杆路"],
    "库车市": ["天山路", "解放路", "团结路", "友谊路", "热斯坦街道新城路"],
    "温宿县": ["温宿镇托木尔峰路", "吐木秀克镇光明路", "佳木镇天山南路"],
    "沙雅县": ["沙雅镇胡杨路", "沙雅镇团结北路", "塔里木东路"],
    "新和县": ["新和镇友谊路", "新和镇文化路"],
    "拜城县": ["拜城镇天山东路", "拜城镇胜利路"],
    "乌什县": ["乌什镇燕泉路", "乌什镇沙依巴克路"],
    "阿瓦提县": ["阿瓦提镇刀郎路", "阿瓦提镇多浪北路"],
    "柯坪县": ["柯坪镇阿恰勒路", "柯坪镇人民路"],
}

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾"
HAN_GIVEN = [
    "建国",
    "志强",
    "海燕",
    "丽娟",
    "国庆",
    "晓东",
    "春梅",
    "伟",
    "磊",
    "静",
    "新民",
    "红霞",
    "永刚",
    "亚楠",
    "晨",
    "文博",
    "凯",
    "雪莲",
    "振华",
    "玉梅",
]
UY_GIVEN = [
    "买买提",
    "艾力",
    "阿不都热合曼",
    "吐尔逊",
    "古丽米热",
    "热依拉",
    "艾尔肯",
    "努尔兰",
    "迪丽努尔",
    "阿依古丽",
    "木拉提",
    "帕尔哈提",
    "玉苏甫",
    "阿迪力",
    "米日古丽",
    "依明",
]

AUDIT_FIRMS = [
    "新疆天衡信诚会计师事务所（普通合伙）",
    "阿克苏正信有限责任会计师事务所",
    "新疆宏昌联合会计师事务所有限公司",
    "新疆多浪会计师事务所（特殊普通合伙）",
]
TEST_CENTRES = [
    "新疆天正信息系统检测中心有限公司",
    "新疆西域软件测评技术有限公司",
]
SUPERVISORS = [
    "新疆昆仑信息工程监理有限公司",
    "阿克苏天诚建设工程项目管理有限公司",
]


def person(rng: random.Random, uyghur: bool | None = None) -> str:
    """A name as written on Aksu paperwork: Han (2-3 characters) or Uyghur with the middle dot."""
    if uyghur is None:
        uyghur = rng.random() < 0.4
    if uyghur:
        a, b = rng.sample(UY_GIVEN, 2)
        return f"{a}·{b}"
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


@dataclass
class Company:
    """A registered enterprise as its business license records it."""

    name: str
    county: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    kind: str = "有限责任公司（自然人投资或控股）"
    valid_until: dt.date | None = None
    """None: 长期."""
    scope: str = (
        "许可项目：建设工程施工；第一类增值电信业务。一般项目：信息系统集成服务；软件开发；"
        "信息技术咨询服务；数据处理和存储支持服务；计算机软硬件及辅助设备批发、零售；安全技术防范系统设计施工服务；"
        "网络设备销售；通讯设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    seal_code: str = ""
    bank: str = ""
    account: str = ""
    phone: str = ""


def make_company(
    rng: random.Random, name: str, county: str, established: dt.date, capital: int, legal_rep: str = ""
) -> Company:
    """An enterprise of ``county`` with a valid credit code, address, bank account and seal code."""
    draws = [rng.randrange(31) for _ in range(8)]
    code = credit_code(AREAS[county], draws, new_style=established.year >= 2016)
    street = rng.choice(STREETS[county])
    address = f"新疆阿克苏地区{county}{street}{rng.randint(2, 298)}号{rng.choice(['', '2楼', '3层301室', '1栋2单元502'])}"
    if county == "阿克苏市" or county == "库车市":
        address = address.replace("阿克苏地区", "阿克苏地区")
    bank = rng.choice(["中国农业银行", "中国建设银行", "中国工商银行", "新疆农村信用社", "中国银行"])
    branch = f"{bank}{county.rstrip('县市')}{rng.choice(['支行', '分理处', '营业部'])}"
    return Company(
        name=name,
        county=county,
        credit_code=code,
        legal_rep=legal_rep or person(rng),
        capital=Decimal(capital),
        established=established,
        address=address,
        seal_code=f"{AREAS[county]}{rng.randint(10**6, 10**7 - 1)}",
        bank=branch,
        account=" ".join(str(rng.randint(1000, 9999)) for _ in range(4)) + f" {rng.randint(100, 999)}",
        phone=f"0997-{rng.randint(2100000, 2999999)}",
    )


@dataclass
class Client:
    """A contract's party A: usually a government bureau, school, hospital or state company."""

    name: str
    address: str
    contact: str
    phone: str = ""


@dataclass
class Fees:
    """The ten declared fees of a project row in yuan (0 where the contract has none)."""

    values: dict[str, Decimal] = field(default_factory=dict)

    def get(self, key: str) -> Decimal:
        """The fee ``key`` (0 if absent)."""
        return self.values.get(key, Decimal(0))

    def services(self) -> Decimal:
        """services_total: the six service fees."""
        return sum(
            (
                self.get(k)
                for k in (
                    "software_development",
                    "consulting_design",
                    "integration_implementation",
                    "operation_maintenance",
                    "data_processing",
                    "operation_service",
                )
            ),
            Decimal(0),
        )

    def total(self) -> Decimal:
        """contract_amount: every fee."""
        return sum(self.values.values(), Decimal(0))


@dataclass
class Project:
    """A declared project row and the facts of its papers (which may differ when a finding is planted)."""

    id: str
    name: str
    client: Client
    signed: dt.date
    accepted: dt.date
    field: str
    location: str
    fees: Fees
    contract_no: str = ""

    @property
    def amount(self) -> Decimal:
        """The declared contract amount."""
        return self.fees.total()


CLIENTS = [
    ("阿克苏地区第一人民医院", "阿克苏市南城街道南大街", "医疗卫生"),
    ("库车市教育局", "库车市天山路", "教育"),
    ("温宿县公安局", "温宿县温宿镇托木尔峰路", "党政"),
    ("沙雅县自然资源局", "沙雅县沙雅镇胡杨路", "党政"),
    ("新和县人民政府办公室", "新和县新和镇友谊路", "党政"),
    ("拜城县第二中学", "拜城县拜城镇胜利路", "教育"),
    ("乌什县疾病预防控制中心", "乌什县乌什镇燕泉路", "医疗卫生"),
    ("阿瓦提县农业农村局", "阿瓦提县阿瓦提镇刀郎路", "农林牧渔、水利"),
    ("柯坪县融媒体中心", "柯坪县柯坪镇人民路", "文化、体育、娱乐"),
    ("阿克苏地区水利局", "阿克苏市新城街道东大街", "农林牧渔、水利"),
    ("国网新疆电力有限公司阿克苏供电公司", "阿克苏市英巴扎街道西大街", "能源"),
    ("中国联合网络通信有限公司阿克苏地区分公司", "阿克苏市塔北路", "电信"),
    ("库车市人民医院", "库车市解放路", "医疗卫生"),
    ("阿克苏地区交通运输局", "阿克苏市迎宾路", "交通"),
    ("温宿县人民法院", "温宿县温宿镇光明路", "党政"),
    ("沙雅县第一中学", "沙雅县塔里木东路", "教育"),
    ("阿克苏市城市管理局", "阿克苏市栏杆路", "公用事业"),
    ("新和县农村信用合作联社", "新和县新和镇文化路", "金融"),
]


def client(rng: random.Random, name: str) -> Client:
    """The client of that name from CLIENTS, with a contact person."""
    for n, addr, _f in CLIENTS:
        if n == name:
            return Client(
                n,
                f"新疆阿克苏地区{addr}{rng.randint(1, 99)}号",
                person(rng),
                f"0997-{rng.randint(2100000, 2999999)}",
            )
    raise KeyError(name)


def client_field(name: str) -> str:
    """The MIIT project field of a client from CLIENTS."""
    return next(f for n, _a, f in CLIENTS if n == name)
