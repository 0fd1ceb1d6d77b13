"""Who and what the 哈密 papers talk about: firms, people, clients, places, projects, dates.

Everything is drawn from one ``random.Random`` so a seed fixes a world. The names are made up
from parts; the clients are the kinds of public bodies and companies that buy system integration
in Hami prefecture (伊州区, 巴里坤, 伊吾).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import codes

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向汤"
GIVEN = "建国志强海军晓东文华丽娟明亮春燕红梅新民永刚玉兰德胜秀英国庆伟杰晨曦雪莲子涵宇航思远佳怡俊峰瑞雪鹏飞嘉欣立新红霞卫东金花"
UYGHUR_GIVEN = (
    "买买提",
    "艾力",
    "阿不都热依木",
    "吐尔逊",
    "热合曼",
    "努尔兰",
    "阿迪力",
    "艾尼瓦尔",
    "古丽娜尔",
    "迪丽拜尔",
    "帕提古丽",
    "依明",
    "阿力木",
    "亚森",
)
UYGHUR_FATHER = (
    "艾力",
    "吐尔逊",
    "阿不都拉",
    "买买提",
    "玉素甫",
    "司马义",
    "依明",
    "热合曼",
    "卡德尔",
    "牙生",
)

FIRM_HEADS = (
    "天山",
    "东天山",
    "瀚海",
    "伊州",
    "巴里坤",
    "哈瓜",
    "星火",
    "雪峰",
    "丝路",
    "驼铃",
    "戈壁",
    "石城",
    "翰林",
    "云岭",
    "沙枣",
    "胡杨",
    "天马",
    "昆仑",
    "鸿泰",
    "嘉禾",
)
FIRM_TAILS = (
    "数联",
    "信达",
    "智汇",
    "云帆",
    "网安",
    "科创",
    "恒通",
    "博远",
    "锐思",
    "华智",
    "泰和",
    "众联",
    "创新",
    "聚能",
    "启明",
)
FIRM_TRADES = (
    "信息技术",
    "网络科技",
    "智能科技",
    "数据科技",
    "电子科技",
    "计算机系统工程",
    "信息工程",
    "软件技术",
)

STREETS = (
    "天山北路",
    "建国北路",
    "建国南路",
    "爱国北路",
    "前进东路",
    "前进西路",
    "八一北路",
    "光明路",
    "丝路大道",
    "迎宾大道",
    "广场北路",
    "青年北路",
    "文化路",
    "融合路",
)
DISTRICTS = ("伊州区", "伊州区", "伊州区", "巴里坤哈萨克自治县", "伊吾县")

BANKS = (
    "中国工商银行股份有限公司哈密分行",
    "中国建设银行股份有限公司哈密分行营业部",
    "中国农业银行股份有限公司哈密伊州区支行",
    "中国银行股份有限公司哈密地区分行",
    "新疆哈密农村商业银行股份有限公司",
    "交通银行股份有限公司哈密分行",
)

AUDIT_FIRMS = (
    "新疆天正信会计师事务所有限公司",
    "新疆瀚德联合会计师事务所（普通合伙）",
    "新疆华永信有限责任会计师事务所",
    "哈密天诚会计师事务所有限责任公司",
    "新疆中元衡会计师事务所有限公司",
    "新疆弘远正和会计师事务所（特殊普通合伙）",
)
AUDIT_SHORT = {  # the firm's letters in its report numbers
    "新疆天正信会计师事务所有限公司": "天正信审字",
    "新疆瀚德联合会计师事务所（普通合伙）": "瀚德审字",
    "新疆华永信有限责任会计师事务所": "华永信审字",
    "哈密天诚会计师事务所有限责任公司": "哈天诚审字",
    "新疆中元衡会计师事务所有限公司": "中元衡审字",
    "新疆弘远正和会计师事务所（特殊普通合伙）": "弘远审字",
}

LABS = (
    "新疆维吾尔自治区软件测评中心",
    "新疆信息产品质量监督检验研究院",
    "哈密市信息技术检测中心",
)
SUPERVISORS = (
    "新疆天衡信息工程监理有限公司",
    "新疆正信建设工程项目管理有限公司",
    "哈密市华通工程监理咨询有限责任公司",
)


@dataclass
class Person:
    name: str
    phone: str


@dataclass
class Firm:
    name: str
    short: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    address: str
    bank: str
    account: str
    phone: str
    kind: str = "有限责任公司（自然人投资或控股）"
    org_code: str = ""
    reg_no: str = ""


@dataclass
class Client:
    name: str
    field: str
    location: str
    address: str
    bank: str
    account: str
    phone: str
    contact: str = ""
    short: str = ""


@dataclass
class ProjectIdea:
    name: str
    kind: str
    """'software', 'integration', 'om' (operation & maintenance), 'hardware', 'epc'."""
    client: Client
    lines: list[str] = field(default_factory=list)
    """What is delivered, for the scope clause and the acceptance body."""


def person_name(rng: random.Random, uyghur: float = 0.25) -> str:
    if rng.random() < uyghur:
        return rng.choice(UYGHUR_GIVEN) + "·" + rng.choice(UYGHUR_FATHER)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given[: rng.choice((1, 2))]


def mobile(rng: random.Random) -> str:
    return rng.choice(
        ("139", "138", "135", "136", "150", "152", "158", "180", "181", "189", "199")
    ) + "".join(rng.choice("0123456789") for _ in range(8))


def landline(rng: random.Random) -> str:
    return "0902-" + rng.choice("2367") + "".join(rng.choice("0123456789") for _ in range(6))


def account(rng: random.Random) -> str:
    n = rng.choice((19, 19, 17, 20))
    return rng.choice("3456") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def address(rng: random.Random, district: str | None = None) -> str:
    district = district or rng.choice(DISTRICTS)
    street = rng.choice(STREETS)
    if district == "伊州区":
        extra = rng.choice(
            (
                "",
                f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(101, 1802)}室",
                f"{rng.choice('ABC')}座{rng.randint(2, 16)}层",
            )
        )
        return f"新疆哈密市伊州区{street}{rng.randint(1, 399)}号{extra}"
    town = "巴里坤镇" if district.startswith("巴里坤") else "伊吾镇"
    return f"新疆哈密市{district}{town}{street}{rng.randint(1, 120)}号"


def firm(rng: random.Random, used: set[str], established_before: int = 2019) -> Firm:
    while True:
        head, tail = rng.choice(FIRM_HEADS), rng.choice(FIRM_TAILS)
        trade = rng.choice(FIRM_TRADES)
        prefix = rng.choice(("新疆", "哈密", "哈密市", "新疆"))
        name = f"{prefix}{head}{tail}{trade}有限" + rng.choice(("公司", "公司", "责任公司"))
        if name not in used:
            used.add(name)
            break
    est = dt.date(rng.randint(2006, established_before), rng.randint(1, 12), rng.randint(1, 28))
    cap = Decimal(rng.choice((500, 800, 1000, 1000, 1200, 2000, 3000, 5000, 5008))) * 10000
    region = rng.choice(codes.HAMI_REGIONS)
    org = codes.org_code(rng, letters=est.year >= 2016)
    return Firm(
        name=name,
        short=head + tail,
        credit_code=codes.uscc(rng, region=region, org=org),
        legal_rep=person_name(rng),
        capital=cap,
        established=est,
        address=address(rng),
        bank=rng.choice(BANKS),
        account=account(rng),
        phone=landline(rng),
        org_code=org,
    )


CLIENT_POOL: tuple[tuple[str, str, str], ...] = (
    # name, field, district
    ("哈密市伊州区教育局", "教育", "伊州区"),
    ("哈密市第二人民医院", "医疗卫生", "伊州区"),
    ("巴里坤哈萨克自治县人民医院", "医疗卫生", "巴里坤哈萨克自治县"),
    ("伊吾县农业农村局", "农林牧渔、水利", "伊吾县"),
    ("哈密市伊州区人民政府办公室", "党政", "伊州区"),
    ("哈密市公安局伊州区分局", "党政", "伊州区"),
    ("哈密职业技术学院", "教育", "伊州区"),
    ("哈密市水利局", "农林牧渔、水利", "伊州区"),
    ("哈密市交通运输局", "交通", "伊州区"),
    ("哈密市城市管理局（综合行政执法局）", "公用事业", "伊州区"),
    ("巴里坤哈萨克自治县融媒体中心", "文化、体育、娱乐", "巴里坤哈萨克自治县"),
    ("哈密市伊州区人力资源和社会保障局", "党政", "伊州区"),
    ("哈密市第五中学", "教育", "伊州区"),
    ("伊吾县人民医院", "医疗卫生", "伊吾县"),
    ("哈密市自然资源局", "党政", "伊州区"),
    ("哈密市气象局", "科研", "伊州区"),
    ("新疆哈密广恒新能源发电有限责任公司", "能源", "伊州区"),
    ("哈密市供热有限责任公司", "公用事业", "伊州区"),
)

LONG_CLIENTS: tuple[tuple[str, str, str], ...] = (
    ("哈密市伊州区城市管理和综合行政执法局（伊州区数字化城市管理指挥中心）", "公用事业", "伊州区"),
    (
        "巴里坤哈萨克自治县农业农村局（巴里坤哈萨克自治县乡村振兴服务中心）",
        "农林牧渔、水利",
        "巴里坤哈萨克自治县",
    ),
    ("哈密市伊州区人民政府办公室（哈密市伊州区大数据和政务服务中心）", "党政", "伊州区"),
    ("伊吾县教育和科学技术局（伊吾县教育信息化管理中心）", "教育", "伊吾县"),
)
"""Bodies whose full names run over a line in a contract's title or party block."""

PROJECT_STEMS: dict[str, tuple[tuple[str, str, list[str]], ...]] = {
    "教育": (
        (
            "智慧校园建设项目",
            "integration",
            ["校园网核心及汇聚交换机", "班班通互动教学终端", "校园安防视频监控", "智慧校园管理平台"],
        ),
        ("教育城域网升级改造项目", "integration", ["城域网核心路由设备", "学校出口防火墙", "网络管理平台"]),
        (
            "录播教室及信息化教学系统采购项目",
            "hardware",
            ["全自动录播主机", "高清跟踪摄像机", "录播管理软件"],
        ),
    ),
    "医疗卫生": (
        (
            "医院信息系统（HIS）升级改造项目",
            "software",
            ["门诊收费模块", "住院管理模块", "电子病历接口", "数据迁移"],
        ),
        (
            "远程会诊及影像归档系统建设项目",
            "integration",
            ["PACS影像归档服务器", "远程会诊终端", "影像存储阵列"],
        ),
        (
            "信息机房及网络安全等级保护建设项目",
            "integration",
            ["机房UPS及精密空调", "下一代防火墙", "日志审计系统"],
        ),
    ),
    "农林牧渔、水利": (
        ("高标准农田灌溉智能监测平台项目", "software", ["墒情监测站", "灌溉远程控制", "数据中心平台"]),
        ("水资源监控能力建设项目", "integration", ["取水口在线计量", "水量监控平台", "通信传输链路"]),
    ),
    "党政": (
        ("政务外网升级改造项目", "integration", ["政务外网核心设备", "安全接入平台", "网络运维服务"]),
        ("视频会议系统建设项目", "integration", ["视频会议MCU", "会议终端", "会场音频扩声"]),
        ("一体化办公平台建设项目", "software", ["公文流转系统", "移动办公客户端", "统一身份认证"]),
        ("社会治安视频监控联网项目", "integration", ["高清网络摄像机", "视频汇聚平台", "存储服务器"]),
    ),
    "交通": (
        ("公路治超非现场执法系统项目", "integration", ["动态称重检测设备", "抓拍单元", "治超管理平台"]),
    ),
    "公用事业": (
        ("数字化城管平台升级项目", "software", ["城管案件处置系统", "移动巡查终端", "视频智能分析"]),
        ("智慧供热监控平台建设项目", "integration", ["换热站数据采集", "热网监控平台", "调度中心大屏"]),
    ),
    "文化、体育、娱乐": (
        ("融媒体中心技术平台建设项目", "integration", ["融媒体生产平台", "演播室设备", "新媒体发布系统"]),
    ),
    "科研": (
        ("气象综合观测数据传输系统项目", "integration", ["观测站数据采集", "数据传输网络", "数据处理服务器"]),
    ),
    "能源": (
        (
            "新能源场站安全生产监控系统项目",
            "integration",
            ["场站视频监控", "电力监控二次安防", "生产数据平台"],
        ),
    ),
}

OM_STEM = (
    "信息系统运行维护服务项目",
    "om",
    ["网络设备巡检", "服务器及存储维护", "应用系统运维", "7×24小时故障响应"],
)


def client(rng: random.Random, used: set[str], long: bool = False) -> Client:
    while True:
        name, fld, district = rng.choice(LONG_CLIENTS if long else CLIENT_POOL)
        if name not in used:
            used.add(name)
            break
    return Client(
        name=name,
        field=fld,
        location="新疆维吾尔自治区哈密市" + ("" if district == "伊州区" else district),
        address=address(rng, district),
        bank=rng.choice(BANKS),
        account=account(rng),
        phone=landline(rng),
        contact=person_name(rng),
    )


def project(rng: random.Random, cl: Client, year: int, kind: str | None = None) -> ProjectIdea:
    stems = PROJECT_STEMS.get(cl.field, PROJECT_STEMS["党政"])
    if kind == "om":
        stem, k, lines = OM_STEM
    else:
        choices = [s for s in stems if kind is None or s[1] == kind] or list(stems)
        owners = {
            "供热": "供热",
            "城管": "城市管理",
        }  # a stem with the word suits only a client with the other
        fitting = [
            s
            for s in choices
            if not any(word in s[0] and owner not in cl.name for word, owner in owners.items())
        ]
        stem, k, lines = rng.choice(fitting or choices)
    short = cl.name.split("（")[0].replace("人民政府办公室", "人民政府")
    if short.endswith("医院") and stem.startswith("医院"):
        stem = stem[2:]
    prefix = rng.choice((f"{year}年", "", ""))
    return ProjectIdea(name=f"{short}{prefix}{stem}", kind=kind or k, client=cl, lines=list(lines))


def day_in(rng: random.Random, year: int, first_month: int, last_month: int) -> dt.date:
    month = rng.randint(first_month, last_month)
    return dt.date(year, month, rng.randint(1, 28))


def money(rng: random.Random, low: int, high: int, step: int = 100) -> Decimal:
    """A round-ish contract amount between low and high yuan."""
    return Decimal(rng.randrange(low // step, high // step) * step)
