"""Places, people, firms and clients of 喀什地区's south-west counties, plus the number writers this family needs."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

COUNTIES = {
    "莎车县": ("653125", ["莎车镇", "托木吾斯塘乡", "恰热克镇", "艾力西湖镇", "荒地镇"], "0998-8"),
    "叶城县": ("653126", ["喀格勒克镇", "恰尔巴格乡", "依提木孔乡", "乌夏巴什镇"], "0998-7"),
    "泽普县": ("653124", ["泽普镇", "波斯喀木乡", "奎依巴格乡", "古勒巴格乡"], "0998-8"),
    "麦盖提县": ("653127", ["麦盖提镇", "巴扎结米乡", "央塔克乡", "希依提墩乡"], "0998-7"),
    "巴楚县": ("653130", ["巴楚镇", "色力布亚镇", "阿瓦提镇", "三岔口镇"], "0998-6"),
}
STREETS = [
    "人民路",
    "团结路",
    "幸福路",
    "建设路",
    "友谊路",
    "文化路",
    "解放北路",
    "迎宾大道",
    "光明路",
    "胜利路",
]
AID = {"莎车县": "上海", "叶城县": "上海", "泽普县": "上海", "巴楚县": "山东", "麦盖提县": "山东"}

SURNAMES_HAN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾"
GIVEN_HAN = [
    "建国",
    "海燕",
    "志强",
    "丽娟",
    "国庆",
    "伟",
    "芳",
    "晓东",
    "红梅",
    "新疆",
    "军",
    "磊",
    "静",
    "文博",
    "永刚",
]
UYGHUR = ["买买提·艾力", "阿不都热合曼·吐尔逊", "古丽娜尔·阿布拉", "艾尔肯·热合曼", "努尔艾力·买合木提",
          "迪丽努尔·艾买提", "吐尔洪·依明", "热依拉·卡德尔", "阿依古丽·吾守尔", "麦麦提敏·阿不力孜"]  # fmt: skip
FIRM_WORDS = [
    "昆仑",
    "叶尔羌",
    "丝路",
    "金胡杨",
    "帕米尔",
    "慕士塔格",
    "瀚海",
    "天润",
    "绿洲",
    "巴旦木",
    "石榴籽",
    "喀喇昆仑",
]
FIRM_TAILS = [
    "信息技术有限公司",
    "网络科技有限公司",
    "智能科技有限公司",
    "数字科技有限公司",
    "信息工程有限公司",
]
AUDIT_FIRMS = ["喀什正信会计师事务所有限公司", "新疆天正华会计师事务所（普通合伙）", "喀什丝路联合会计师事务所有限公司",
               "新疆驰远天合有限责任会计师事务所喀什分所"]  # fmt: skip

CODE_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def person(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(UYGHUR)
    return rng.choice(SURNAMES_HAN) + rng.choice(GIVEN_HAN)


def org_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(w * (int(c) if c.isdigit() else ord(c) - 55) for w, c in zip(weights, body, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(first17: str) -> str:
    """GB 32100-2015 check character."""
    total = sum(CODE_ALPHA.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return CODE_ALPHA[(31 - total % 31) % 31]


def credit_code(rng: random.Random, region: str, kind: str = "91") -> str:
    letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = (
        "MA" + "".join(rng.choice(letters) for _ in range(6))
        if rng.random() < 0.6
        else "".join(rng.choice("0123456789") for _ in range(8))
    )
    org = body + org_check(body)
    first = kind + region + org
    return first + credit_check(first)


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def money_words(amount: Decimal) -> str:
    """人民币大写 of an amount (yuan, two decimals)."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10

    def four(n: int) -> str:
        out, zero = "", False
        for i, unit in enumerate(["仟", "佰", "拾", ""]):
            d = n // 10 ** (3 - i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS[d] + unit
        return out

    parts = []
    groups = [(yuan // 10**8) % 10**4, (yuan // 10**4) % 10**4, yuan % 10**4]
    units = ["亿", "万", ""]
    started = False
    pending_zero = False
    for g, u in zip(groups, units, strict=True):
        if g == 0:
            if started:
                pending_zero = True
            continue
        if started and (pending_zero or g < 1000):
            parts.append("零")
        parts.append(four(g) + u)
        started, pending_zero = True, False
    text = "".join(parts) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def read_words(text: str) -> Decimal:
    """An independent reader of 人民币大写 (for the selfcheck)."""
    nums = {c: i for i, c in enumerate(DIGITS)}
    small = {"拾": 10, "佰": 100, "仟": 1000}
    total, section, digit = Decimal(0), 0, 0
    yuan = Decimal(0)
    for ch in text.replace("人民币", "").replace("整", "").replace("正", ""):
        if ch in nums:
            digit = nums[ch]
        elif ch in small:
            section += (digit or 1) * small[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        elif ch == "亿":
            total = (total + section + digit) * 10**8
            section, digit = 0, 0
        elif ch == "元":
            yuan = total + section + digit
            total, section, digit = Decimal(0), 0, 0
        elif ch == "角":
            yuan += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            yuan += Decimal(digit) / 100
            digit = 0
    return yuan.quantize(Decimal("0.01"))


def figure(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def zh_num_date(d: dt.date) -> str:
    """二〇二五年三月五日."""
    dig = "〇一二三四五六七八九"

    def small(n: int) -> str:
        if n < 10:
            return dig[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else dig[tens]) + "十" + (dig[ones] if ones else "")

    return "".join(dig[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


@dataclass
class Firm:
    name: str
    county: str
    code: str
    legal: str
    capital: Decimal
    established: dt.date
    address: str
    phone: str
    valid_until: dt.date | None = None  # None: 长期


@dataclass
class Client:
    name: str
    field: str
    county: str
    kind: str  # 机关 / 事业单位


@dataclass
class Deal:
    pid: str
    name: str
    client: Client
    number: str
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal]
    itemised: bool = True
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def services(self) -> Decimal:
        keys = ["software_development", "consulting_design", "integration_implementation", "operation_maintenance",
                "data_processing", "operation_service"]  # fmt: skip
        return sum((self.fees.get(k, Decimal(0)) for k in keys), Decimal(0))

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))


def make_firm(rng: random.Random, county: str) -> Firm:
    region, towns, phone = COUNTIES[county]
    name = (
        f"{county[:-1] if county != '麦盖提县' else '麦盖提'}{rng.choice(FIRM_WORDS)}{rng.choice(FIRM_TAILS)}"
    )
    name = "喀什" + name if rng.random() < 0.3 else name
    established = dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    return Firm(
        name=name,
        county=county,
        code=credit_code(rng, region),
        legal=person(rng),
        capital=Decimal(rng.choice([1000000, 2000000, 3000000, 5000000, 8000000])),
        established=established,
        address=f"新疆喀什地区{county}{rng.choice(towns)}{rng.choice(STREETS)}{rng.randint(2, 199)}号",
        phone=f"{phone}{rng.randint(100000, 999999)}",
    )


def make_clients(county: str) -> list[Client]:
    towns = COUNTIES[county][1]
    return [
        Client(f"{county}教育局", "教育", county, "机关"),
        Client(f"{county}人民医院", "医疗卫生", county, "事业单位"),
        Client(f"{county}{towns[1]}人民政府", "党政", county, "机关"),
        Client(f"{county}{towns[2]}人民政府", "党政", county, "机关"),
        Client(f"{county}第二中学", "教育", county, "事业单位"),
        Client(f"{AID[county]}援疆{county}项目管理办公室", "党政", county, "机关"),
        Client(f"{county}水利局", "农林牧渔、水利", county, "机关"),
        Client(f"{county}维吾尔医医院", "医疗卫生", county, "事业单位"),
    ]


PROJECT_TITLES = {
    "教育": [
        "智慧校园网络改造项目",
        "录播教室及多媒体教学系统采购项目",
        "校园安防监控系统建设项目",
        "教育城域网升级项目",
    ],
    "医疗卫生": ["医院信息系统（HIS）升级改造项目", "门诊自助服务系统建设项目", "院内网络及机房改造项目"],
    "党政": [
        "综治中心视频监控联网项目",
        "便民服务中心信息化建设项目",
        "基层党建信息平台建设项目",
        "会议室音视频系统集成项目",
    ],
    "农林牧渔、水利": ["灌区水情监测系统建设项目", "水资源信息化管理平台项目"],
}


def make_deal(rng: random.Random, pid: str, client: Client, year: int = 2025, itemised: bool = True) -> Deal:
    title = rng.choice(PROJECT_TITLES[client.field])
    short = client.name.replace("人民政府", "").replace("项目管理办公室", "")
    name = f"{short}{title}" if not title.startswith(short) else title
    signed = dt.date(year, rng.randint(2, 6), rng.randint(1, 28))
    accepted = signed + dt.timedelta(days=rng.randint(60, 150))
    unit = Decimal(100)
    hw = Decimal(rng.randint(3000, 9000)) * unit
    sw = Decimal(rng.randint(400, 2400)) * unit
    dev = Decimal(rng.randint(0, 1) * rng.randint(500, 2500)) * unit
    integ = Decimal(rng.randint(300, 1500)) * unit
    fees = {
        "software_development": dev,
        "consulting_design": Decimal(0),
        "integration_implementation": integ,
        "operation_maintenance": Decimal(rng.choice([0, 0, 200, 400])) * unit,
        "data_processing": Decimal(0),
        "operation_service": Decimal(0),
        "self_made_hardware": Decimal(0),
        "hardware_purchase": hw,
        "software_purchase": sw,
        "other": Decimal(0),
    }
    number = f"{client.county[:2]}{rng.choice(['ZC', 'CG', 'HT'])}-{year}-{rng.randint(10, 199):03d}"
    return Deal(pid, name, client, number, signed, accepted, fees, itemised)
