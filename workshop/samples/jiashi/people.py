"""Places, names and organisations of 喀什地区's western counties; credit codes with real check characters."""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTIES: dict[str, str] = {
    "伽师县": "653129",
    "岳普湖县": "653128",
    "英吉沙县": "653123",
    "疏附县": "653121",
    "疏勒县": "653122",
}
TOWNS: dict[str, list[str]] = {
    "伽师县": ["巴仁镇", "西克尔库勒镇", "克孜勒博依乡", "江巴孜乡"],
    "岳普湖县": ["岳普湖镇", "艾西曼镇", "铁力木乡", "阿其克乡"],
    "英吉沙县": ["英吉沙镇", "芒辛镇", "萨罕乡", "乌恰镇"],
    "疏附县": ["托克扎克镇", "乌帕尔镇", "塔什米里克乡", "站敏乡"],
    "疏勒县": ["疏勒镇", "罕南力克镇", "巴仁乡", "洋大曼乡"],
}
ROADS = [
    "人民路",
    "团结路",
    "友谊路",
    "幸福路",
    "光明路",
    "新城大道",
    "迎宾大道",
    "文化路",
    "解放北路",
    "胜利路",
]
AGENCIES = [
    ("教育局", "教育"),
    ("卫生健康委员会", "医疗卫生"),
    ("人民医院", "医疗卫生"),
    ("水利局", "农林牧渔、水利"),
    ("农业农村局", "农林牧渔、水利"),
    ("自然资源局", "党政"),
    ("融媒体中心", "文化、体育、娱乐"),
    ("政务服务和公共资源交易中心", "党政"),
    ("市场监督管理局", "党政"),
    ("住房和城乡建设局", "党政"),
    ("第一中学", "教育"),
    ("应急管理局", "党政"),
]
WORKS = {
    "教育": [
        "智慧校园建设",
        "教育城域网升级改造",
        "标准化考场视频监控系统建设",
        "录播教室及班班通设备采购安装",
    ],
    "医疗卫生": [
        "智慧医院信息化建设",
        "医共体信息平台建设",
        "院内网络安全等级保护整改",
        "医学影像存储与传输系统建设",
    ],
    "农林牧渔、水利": [
        "灌区信息化监测系统建设",
        "高标准农田物联网监测平台建设",
        "水资源监控能力建设",
        "智慧农业示范平台建设",
    ],
    "党政": ["政务外网提升改造", "数字政务服务平台建设", "视频会议系统升级改造", "指挥调度中心信息化建设"],
    "文化、体育、娱乐": ["县级融媒体中心技术平台建设", "应急广播系统建设", "新媒体采编发布系统升级"],
}
SURNAMES = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "马",
    "孙",
    "朱",
    "胡",
    "郭",
    "何",
    "高",
    "罗",
]
GIVEN = [
    "建国",
    "志强",
    "海燕",
    "晓东",
    "文静",
    "国庆",
    "丽娟",
    "新华",
    "春梅",
    "永刚",
    "红霞",
    "军",
    "磊",
    "静",
    "伟",
]
UYGHUR = [
    "艾力",
    "阿卜杜拉",
    "买买提",
    "努尔",
    "吐尔逊",
    "艾尼",
    "热合曼",
    "帕尔哈提",
    "古丽",
    "阿依努尔",
    "麦麦提",
    "依明",
]
UYGHUR2 = ["·买买提", "·吐尔逊", "·艾山", "·阿不都", "·热西提", "·尼亚孜", "·卡德尔", "·伊敏"]
WORDS = [
    "天山",
    "昆仑",
    "丝路",
    "疏勒",
    "帕米尔",
    "慕士塔格",
    "胡杨",
    "金穗",
    "瀚海",
    "雪莲",
    "明辉",
    "恒通",
    "启航",
]
WORDS2 = [
    "云数",
    "智联",
    "信通",
    "数科",
    "华信",
    "博远",
    "汇智",
    "创联",
    "网安",
    "锐达",
    "正泰",
    "中衡",
    "腾飞",
]
BANKS = [
    "中国农业银行股份有限公司",
    "中国工商银行股份有限公司",
    "中国建设银行股份有限公司",
    "中国银行股份有限公司",
]

SI_CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
]

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_check(body: str) -> str:
    """GB 11714 check character of an eight-character organisation code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(first17: str) -> str:
    """GB 32100-2015 check character."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "MA" + "".join(rng.choice(alphabet) for _ in range(6))
        check = org_check(body)
        if check in USCC_CHARS:
            break
    first = "91" + region + body + check
    return first + uscc_check(first)


def person(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(UYGHUR) + rng.choice(UYGHUR2)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone(rng: random.Random) -> str:
    return (
        f"0998-{rng.randint(6100000, 6899999)}"
        if rng.random() < 0.5
        else f"1{rng.choice('3589')}{rng.randint(0, 999999999):09d}"
    )


def account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(19))


def address(rng: random.Random, county: str) -> str:
    return f"新疆维吾尔自治区喀什地区{county}{rng.choice(TOWNS[county])}{rng.choice(ROADS)}{rng.randint(1, 399)}号"


@dataclass
class Org:
    """One organisation as it appears in a party block."""

    name: str
    county: str
    address: str
    representative: str
    phone: str
    bank: str
    account: str
    tax_id: str


def org(rng: random.Random, name: str, county: str) -> Org:
    return Org(
        name=name,
        county=county,
        address=address(rng, county),
        representative=person(rng),
        phone=phone(rng),
        bank=rng.choice(BANKS) + county + "支行",
        account=account(rng),
        tax_id=credit_code(rng, COUNTIES[county]),
    )


def company(rng: random.Random, county: str, kind: str, taken: set[str]) -> str:
    """An invented company name; kind picks the trade."""
    suffix = {
        "it": ["信息技术有限公司", "网络科技有限公司", "智能科技有限公司", "数字科技有限公司"],
        "jianli": ["工程项目管理有限公司", "工程监理咨询有限公司", "建设监理有限责任公司"],
        "builder": ["建设集团有限公司", "建筑安装工程有限责任公司", "建工集团有限公司"],
        "device": ["电子设备有限公司", "通信工程有限公司", "机电设备有限责任公司"],
        "agency": ["招标代理有限公司", "项目管理咨询有限公司", "工程造价咨询有限公司"],
    }[kind]
    for _ in range(200):
        head = rng.choice(["新疆", "喀什", "新疆" + county[:-1] if kind != "builder" else "喀什地区"])
        name = head + rng.choice(WORDS) + rng.choice(WORDS2) + rng.choice(suffix)
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("names exhausted")
