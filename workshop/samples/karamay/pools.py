"""Invented firms, people, clients and projects of Karamay (克拉玛依); none is a real company."""

from __future__ import annotations

import random

DISTRICTS = ("克拉玛依区", "独山子区", "白碱滩区", "乌尔禾区")

STREETS = {
    "克拉玛依区": ("准噶尔路", "友谊路", "世纪大道", "迎宾路", "昆仑路"),
    "独山子区": ("大庆东路", "天山路", "北京路", "金山路"),
    "白碱滩区": ("中兴路", "平北路", "百口泉路"),
    "乌尔禾区": ("魔鬼城路", "和平路", "白杨河路"),
}

_CORES = (
    "油城数智",
    "准噶尔云链",
    "黑油山",
    "金龙湾",
    "砾石滩",
    "九龙潭",
    "天河瀚海",
    "西域恒远",
    "雅丹星图",
    "魔鬼城",
    "百口泉",
    "玛湖智联",
    "石化佳讯",
    "戈壁蓝鲸",
    "昆仑信创",
    "白杨河",
    "碧水湾",
    "天宇汇通",
)
_TRADES = ("信息技术", "科技", "网络科技", "智能科技", "数据科技", "电子工程", "系统集成")
_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
_GIVEN = (
    "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华玉兰辉鹏晨浩宇欣然子涵梓轩海燕志红新疆天山"
)

_AGENCIES = (
    "数据局",
    "教育局",
    "卫生健康委员会",
    "应急管理局",
    "自然资源局",
    "交通运输局",
    "住房和城乡建设局",
    "市场监督管理局",
    "公安分局",
    "人民医院",
    "文化体育广播电视和旅游局",
    "水利局",
    "农业农村局",
)
_FIELD_OF_AGENCY = {
    "数据局": "党政",
    "教育局": "教育",
    "卫生健康委员会": "医疗卫生",
    "应急管理局": "党政",
    "自然资源局": "党政",
    "交通运输局": "交通",
    "住房和城乡建设局": "房地产、建筑",
    "市场监督管理局": "党政",
    "公安分局": "党政",
    "人民医院": "医疗卫生",
    "文化体育广播电视和旅游局": "文化、体育、娱乐",
    "水利局": "农林牧渔、水利",
    "农业农村局": "农林牧渔、水利",
}
_SUBJECTS = {
    "数据局": ("政务云平台扩容", "数据共享交换平台", "一网通办系统升级"),
    "教育局": ("智慧校园网络改造", "中小学录播教室建设", "教育城域网升级"),
    "卫生健康委员会": ("全民健康信息平台", "基层医疗机构信息化"),
    "应急管理局": ("应急指挥调度系统", "危化品企业安全风险监测平台"),
    "自然资源局": ("不动产登记信息系统", "国土空间基础信息平台"),
    "交通运输局": ("公交智能调度系统", "道路视频监控联网"),
    "住房和城乡建设局": ("智慧工地监管平台", "城市管网地理信息系统"),
    "市场监督管理局": ("食品安全追溯平台", "特种设备监管系统"),
    "公安分局": ("社区视频监控扩容", "警务数据机房改造"),
    "人民医院": ("医院数据中心机房建设", "电子病历系统升级", "院内网络安全等级保护整改"),
    "文化体育广播电视和旅游局": ("景区智慧票务系统", "全域旅游数据中心"),
    "水利局": ("水资源监测系统", "灌区信息化"),
    "农业农村局": ("农产品质量追溯系统", "智慧农业物联网示范"),
}
SUPERVISORS = (
    "克拉玛依正衡工程监理有限公司",
    "新疆准信信息工程监理有限公司",
    "克拉玛依华瀚建设咨询有限公司",
)
AUDIT_FIRMS = (
    "克拉玛依恒信联合会计师事务所（普通合伙）",
    "新疆天衡瑞达会计师事务所有限公司",
    "克拉玛依正源会计师事务所有限责任公司",
)
GUARANTORS = ("克拉玛依市融信融资担保有限公司", "新疆砾石滩融资担保有限公司")
COMPANY_TYPES = ("有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司")


def person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = person(rng)
        if p not in out:
            out.append(p)
    return out


def firm(rng: random.Random, district: str | None = None, avoid: tuple[str, ...] = ()) -> str:
    while True:
        head = rng.choice(("克拉玛依", "新疆", "克拉玛依市"))
        name = f"{head}{rng.choice(_CORES)}{rng.choice(_TRADES)}有限公司"
        if name not in avoid:
            return name


def address(rng: random.Random, district: str) -> str:
    return f"新疆克拉玛依市{district}{rng.choice(STREETS[district])}{rng.randint(8, 260)}号"


def client_and_project(
    rng: random.Random, district: str, avoid: tuple[str, ...] = ()
) -> tuple[str, str, str]:
    """(client, project name, field)"""
    while True:
        agency = rng.choice(_AGENCIES)
        if agency == "人民医院":
            client = f"克拉玛依市{district}人民医院"
        else:
            client = f"克拉玛依市{district}{agency}"
        subject = rng.choice(_SUBJECTS[agency])
        name = f"{district}{subject}{rng.choice(('项目', '建设项目', '采购项目', '工程'))}"
        if name not in avoid:
            return client, name, _FIELD_OF_AGENCY[agency]
