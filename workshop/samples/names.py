"""Names for generated paperwork: companies, people, clients, projects, firms in Xinjiang."""

from __future__ import annotations

import random

CITIES: tuple[tuple[str, str], ...] = (
    ("乌鲁木齐市", "天山区"),
    ("乌鲁木齐市", "沙依巴克区"),
    ("乌鲁木齐市", "新市区"),
    ("乌鲁木齐市", "水磨沟区"),
    ("克拉玛依市", "克拉玛依区"),
    ("昌吉回族自治州", "昌吉市"),
    ("巴音郭楞蒙古自治州", "库尔勒市"),
    ("喀什地区", "喀什市"),
    ("伊犁哈萨克自治州", "伊宁市"),
    ("吐鲁番市", "高昌区"),
    ("哈密市", "伊州区"),
    ("阿克苏地区", "阿克苏市"),
)

_BRANDS = (
    "天山云数",
    "丝路智联",
    "昆仑信通",
    "雪莲数科",
    "西域星辰",
    "博格达",
    "金穗信息",
    "瀚海智能",
    "胡杨科技",
    "天池数据",
    "塔里木网联",
    "赛里木",
    "北疆云创",
    "南疆智慧",
    "亚欧信达",
    "准噶尔",
    "天润智信",
    "星河网络",
    "驼铃数码",
    "阿尔泰",
    "绿洲信息",
    "大漠云图",
    "边疆智汇",
    "戈壁光纤",
)
_TRADES = (
    "信息技术",
    "信息科技",
    "网络科技",
    "智能科技",
    "数字科技",
    "计算机系统工程",
    "软件",
    "电子信息",
)
_FORMS = ("有限公司", "有限责任公司", "股份有限公司")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
_GIVEN = "建国明华伟芳娜秀英敏静丽强磊军洋勇艳杰涛超斌辉刚健玲桂兰晨宇浩然欣怡子轩梓涵海峰志远文博俊杰晓东春梅永红立新"
_UYGHUR = (
    "艾力·买买提",
    "阿不都热合曼·吐尔逊",
    "古丽娜尔·艾买提",
    "买买提江·阿不力孜",
    "热依汗古丽·肉孜",
    "帕尔哈提·艾合买提",
    "迪丽努尔·阿不都",
    "努尔兰·哈力克",
    "阿依古丽·玉素甫",
    "依明江·卡德尔",
)

CLIENT_FORMS = (
    "{city}{district}数据局",
    "{city}公安局{district}分局",
    "{city}人民医院",
    "{city}{district}教育局",
    "新疆维吾尔自治区{dept}",
    "{city}自然资源局",
    "{city}{district}人民政府办公室",
    "{city}水务局",
    "{city}第一中学",
    "{city}供电公司",
    "{city}城市管理局",
    "{city}交通运输局",
    "{city}卫生健康委员会",
    "{city}{district}市场监督管理局",
    "新疆{brand}能源集团有限公司",
    "{city}农业农村局",
)
_DEPTS = (
    "人力资源和社会保障厅",
    "交通运输厅",
    "林业和草原局",
    "统计局",
    "档案馆",
    "气象局",
    "地质矿产勘查开发局",
)

PROJECT_FORMS: tuple[tuple[str, str], ...] = (
    ("{client}政务云平台建设项目", "党政"),
    ("{client}视频监控联网系统建设项目", "党政"),
    ("{client}智慧医院信息化升级改造项目", "医疗卫生"),
    ("{client}数据中心机房改造工程", "其他"),
    ("{client}智慧校园综合管理平台项目", "教育"),
    ("{client}网络安全等级保护建设项目", "党政"),
    ("{client}智慧水务调度系统建设项目", "农林牧渔、水利"),
    ("{client}不动产登记信息系统集成项目", "党政"),
    ("{client}数字档案馆系统建设项目", "党政"),
    ("{client}智能电网运维管理平台项目", "能源"),
    ("{client}交通运行监测系统集成项目", "交通"),
    ("{client}网格化社会治理平台项目", "党政"),
    ("{client}全民健康信息平台项目", "医疗卫生"),
    ("{client}会议室音视频系统集成项目", "其他"),
)

AUDIT_FIRMS = (
    "新疆天诚会计师事务所（有限责任公司）",
    "新疆华信有限责任会计师事务所",
    "新疆宏昌天圆会计师事务所有限公司",
    "新疆驰远天合有限责任会计师事务所",
    "新疆正信会计师事务所（普通合伙）",
    "新疆中诚信会计师事务所有限公司",
)
AUDIT_PREFIX = ("新天诚", "华信", "宏昌", "驰远", "正信", "中诚信")

SUPERVISORS = (
    "新疆中信工程监理有限公司",
    "新疆信息产业有限责任公司（监理部）",
    "新疆建通工程咨询监理有限公司",
    "新疆维吾尔自治区软件测评中心",
    "新疆信息技术产品质量检测中心",
)

SOFTWARE_TITLES = (
    "政务数据共享交换平台",
    "智慧社区综合管理系统",
    "视频结构化分析平台",
    "机房动力环境监控系统",
    "电子病历质控管理系统",
    "网格化治理指挥调度平台",
    "教育资源公共服务平台",
    "水务物联网监测系统",
)


def company_name(rng: random.Random, city: str) -> str:
    """A plausible Xinjiang system-integration company name."""
    prefix = rng.choice(["新疆", "新疆", city.removesuffix("市")])
    return prefix + rng.choice(_BRANDS) + rng.choice(_TRADES) + rng.choice(_FORMS)


def person(rng: random.Random) -> str:
    """A person's name: mostly Han, some Uyghur or Kazakh names written with a middle dot."""
    if rng.random() < 0.15:
        return rng.choice(_UYGHUR)
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def client(rng: random.Random) -> tuple[str, str, str]:
    """A client organisation with its city and district."""
    city, district = rng.choice(CITIES)
    name = rng.choice(CLIENT_FORMS).format(
        city=city, district=district, dept=rng.choice(_DEPTS), brand=rng.choice(_BRANDS)
    )
    return name, city, district


def project(rng: random.Random, client_name: str) -> tuple[str, str]:
    """A project name for a client and its field of the MIIT catalogue."""
    form, field = rng.choice(PROJECT_FORMS)
    short = client_name
    for cut in ("新疆维吾尔自治区",):
        short = short.removeprefix(cut)
    return form.format(client=short), field


def address(rng: random.Random, city: str, district: str) -> str:
    """A street address in a Xinjiang city."""
    road = rng.choice(
        ["北京南路", "友好北路", "长江路", "河北东路", "南湖北路", "解放北路", "人民路", "迎宾路", "天津路"]
    )
    return f"新疆维吾尔自治区{city}{district}{road}{rng.randint(1, 999)}号{rng.choice(['', f'{rng.randint(2, 28)}层', f'{rng.randint(1, 9)}栋{rng.randint(101, 2408)}室'])}"
