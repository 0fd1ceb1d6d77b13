"""Invented people of 哈密 and 第十三师: Han, Uyghur and Kazakh names."""

from __future__ import annotations

import random

HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
HAN_GIVEN = "建国军伟强磊洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芳燕鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳悦晨瑞博文静丽敏婷雪琳颖倩梅海波鑫亮春新疆天山志宏永红瑶楠"
UYGHUR_GIVEN = (
    "艾尔肯",
    "阿不都热合曼",
    "买买提",
    "吐尔逊",
    "热合曼",
    "艾合买提",
    "努尔艾力",
    "迪力夏提",
    "阿依古丽",
    "古丽娜尔",
    "热依拉",
    "米热古丽",
    "帕尔哈提",
    "亚森",
    "依明",
    "吾斯曼",
    "阿迪力",
    "麦麦提江",
)
KAZAKH_GIVEN = (
    "叶尔兰",
    "努尔兰",
    "哈力别克",
    "别克",
    "加娜尔",
    "阿依达娜",
    "叶尔波拉提",
    "塔斯恒",
    "木拉提",
    "沙吾列",
    "巴合提别克",
    "阿合力",
    "赛力克",
    "古丽米拉",
)


def han(rng: random.Random) -> str:
    given = rng.choice(HAN_GIVEN) + (rng.choice(HAN_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(HAN_SURNAMES) + given


def uyghur(rng: random.Random) -> str:
    first, father = rng.sample(UYGHUR_GIVEN, 2)
    return f"{first}·{father}"


def kazakh(rng: random.Random) -> str:
    first, father = rng.sample(KAZAKH_GIVEN, 2)
    return f"{first}·{father}"


def person(rng: random.Random, place: str = "") -> str:
    """A name with the mix of the place: 巴里坤 has more Kazakh names, 伊州区 more Uyghur ones."""
    roll = rng.random()
    if place == "barkol" and roll < 0.3:
        return kazakh(rng)
    if place in ("yizhou", "yiwu") and roll < 0.25:
        return uyghur(rng)
    if roll < 0.08:
        return kazakh(rng)
    return han(rng)


def people(rng: random.Random, count: int, place: str = "") -> list[str]:
    out: list[str] = []
    while len(out) < count:
        name = person(rng, place)
        if name not in out:
            out.append(name)
    return out
