"""The shape a field's value must have before it is accepted (labels.toml ``[shapes]``).

A reader that takes whatever follows a label reads 开户银行 as party B and 系统集成项目 (the
value of 项目类别) as the project's name. Each predicate here says what a value of one field
can never be; a value that fails is dropped, never guessed (CONTRACT: a field absent from the
document is omitted).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jianzheng.models.text import compact

from .labels import vocabulary

# A template's blank inside a value: two or more underscores, three or more dashes, two or more
# X or × (XX局, ××公司). A value made only of placeholder characters (【 】, （  ）) is blank too.
_BLANK = re.compile(r"[_＿]{2,}|[—\-]{3,}|[Xx×]{2,}")


@lru_cache(maxsize=1)
def _placeholder_chars() -> frozenset[str]:
    return frozenset(vocabulary().shapes.placeholders)


def is_placeholder(text: str) -> bool:
    """Whether the value is (or holds) an unfilled template blank: ____, ＿＿, XXXX, 【】, nothing."""
    s = compact(text).strip(":：")
    if not s or _BLANK.search(text) or _BLANK.search(s):
        return True
    return all(ch in _placeholder_chars() for ch in s)


def label_word(text: str) -> str | None:
    """The party-block label a value is or starts with (开户银行, 账号, 法定代表人 …), if any.

    A label followed by its colon or standing alone is a label; 地址 inside 某地址测绘院 is not.
    """
    s = compact(text)
    for word in sorted(vocabulary().shapes.not_names, key=len, reverse=True):
        if s == word or (s.startswith(word) and s[len(word) : len(word) + 1] in {":", "：", "("}):
            return word
    return None


def is_generic_name(text: str) -> bool:
    """Whether a project name is only a category (系统集成项目, 信息化工程施工, 技术服务)."""
    s = compact(text).strip("《》“”\"'「」:：")
    return s in vocabulary().shapes.generic_names


def is_third_party(name: str) -> bool:
    """Whether an organisation tests, supervises or audits (监理, 测评, 检测, 测试中心, 第三方)."""
    s = compact(name)
    return any(word in s for word in vocabulary().shapes.third_party_words)


def is_signing_service(name: str) -> bool:
    """Whether an organisation is an e-signing platform or certification authority (电子签约平台, 数字证书
    认证中心), which vouches for the parties' signatures and is none of them."""
    s = compact(name)
    return any(word in s for word in vocabulary().shapes.signing_service_words)


def is_signing_record(text: str) -> bool:
    """Whether a page is an e-signing platform's evidence report (签署报告 with 证书序列号, 文件哈希): two of
    its words at least."""
    s = compact(text)
    return sum(word in s for word in vocabulary().shapes.signing_record_words) >= 2
