"""Names one organisation went by, as the filing's own papers say.

An enterprise renamed (更名) signed its older contracts under its former name, and a client merged
by 机构改革 (…信息中心 into …数据局) signed under its old one. A reviewer accepts the old name where a
paper of the filing ties it to the new: the registrar's 准予变更登记通知书 (名称 | 变更前 | 变更后),
an audit report's 某公司（原名某公司）, an acceptance's 某局（原某中心）, the successor's 情况说明
(将原某中心的职责划入某局, 原某中心…签订的合同由某局承继). Nothing else makes two names one: a
name that only looks alike is another organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from jianzheng.extract.fields.labels import vocabulary
from jianzheng.models.text import fold

from .lookup import DocLine
from .normalise import normalise_company, same_company


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    suffixes = "|".join(sorted(map(re.escape, vocabulary().org_suffixes), key=len, reverse=True))
    org = rf"[\u4e00-\u9fff()（）]{{2,40}}?(?:{suffixes})"
    return (
        # 某公司（原名某公司，以下简称…）, 某局（原某中心）, 某公司（曾用名：某公司）
        re.compile(rf"(?P<now>{org})[（(](?:原名称|原名|曾用名|原)[:：]?(?P<was>{org})"),
        # 名称由某公司变更为某公司, 某中心更名为某局
        re.compile(rf"(?P<was>{org})(?:名称)?(?:变更为|更名为)(?P<now>{org})"),
        # 将原某中心的职责整合划入某局, 原某中心并入某局
        re.compile(rf"原(?P<was>{org})(?:的)?(?:职责|职能)?(?:整合)?(?:划入|并入|划归)(?P<now>{org})"),
        # 原某中心与贵公司…签订的…合同…由某局承继
        re.compile(rf"原(?P<was>{org})与[^。]{{0,120}}?由(?P<now>{org})承继"),
    )


def _page_texts(lines: Sequence[DocLine]) -> list[str]:
    pages: dict[int, list[str]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(re.sub(r"\s+", "", line.text))
    return ["".join(texts) for texts in pages.values()]


def _change_notice_rows(lines: Sequence[DocLine]) -> Iterable[tuple[str, str]]:
    """(former, current) from a registrar's change table: the 名称 row under 变更前 / 变更后."""
    by_page: dict[int, list[DocLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    suffixes = tuple(vocabulary().org_suffixes)
    for page_lines in by_page.values():
        text = "".join(fold(ln.text) for ln in page_lines)
        if "变更前" not in text or "变更后" not in text:
            continue
        for line in page_lines:
            parts = [p for p in re.split(r"\s+", line.text.strip()) if p]
            if not parts or fold(parts[0]) not in ("名称", "企业名称", "单位名称"):
                continue
            names = [p for p in parts[1:] if p.endswith(suffixes)]
            if len(names) == 2:
                yield names[0], names[1]


def former_names(lines: Sequence[DocLine]) -> list[tuple[str, str]]:
    """(current, former) name pairs the lines state; each name may carry words before it (the
    sentence it opens), which is why they are matched by their ending (same_or_ends)."""
    pairs: list[tuple[str, str]] = []
    for text in _page_texts(lines):
        for pattern in _patterns():
            for match in pattern.finditer(text):
                pairs.append((match.group("now"), match.group("was")))
    pairs += [(now, was) for was, now in _change_notice_rows(lines)]
    return [(now, was) for now, was in pairs if not same_company(now, was)]


def _same_or_ends(stated: str, name: str) -> bool:
    a, b = normalise_company(stated), normalise_company(name)
    return len(b) >= 6 and (same_company(stated, name) or a.endswith(b))


def other_names(pairs: Sequence[tuple[str, str]], declared: str) -> list[str]:
    """The names the filing says the organisation ``declared`` went by or goes by now (each as
    stated, perhaps with words before it)."""
    found = []
    for now, was in pairs:
        if _same_or_ends(now, declared):
            found.append(was)
        elif _same_or_ends(was, declared):
            found.append(now)
    return found
