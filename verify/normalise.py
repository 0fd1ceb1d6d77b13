"""Normalising names before they are compared, and the similarity scores built on them.

Names are compared after folding what people and OCR vary without meaning to:
full-width and half-width forms, case, spaces, punctuation, Chinese and Latin
brackets, company-form spellings (有限责任公司 / 有限公司) and the suffixes that a
project name gains or loses (项目, 工程, 建设项目, 采购项目, 合同).

Similarity is rapidfuzz's normalised Indel ratio on the normalised strings. It
is used instead of partial_ratio or WRatio on purpose: those rate a short name
inside a long one ("政务云" inside "某区政务云平台运维服务") as a near-perfect match,
while the plain ratio charges for every character the other name lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from jianzheng.models.text import fold, normalise

from .rules import rules

_CN_DIGITS = {
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
# "二期" and "2期", "第三标段" and "第3标段" are the same phase; only single numerals
# in front of these words are folded, so names are otherwise untouched.
_PHASE = re.compile(r"([一二三四五六七八九])(?=期|标段|包|批)")


def normalise_company(name: str) -> str:
    """A company name in the form that compares equal across spellings."""
    text = fold(name)
    for long, short in rules().names.company_forms:
        text = text.replace(fold(long), fold(short))
    return text


def normalise_person(name: str) -> str:
    """A person's name: spaces and the middle dot of transcribed names do not count."""
    return fold(name)


def _strip_suffixes(text: str, suffixes: list[str]) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if len(text) > len(suffix) and text.endswith(suffix):
                text = text[: -len(suffix)]
                changed = True
                break
    return text


def normalise_project(name: str) -> str:
    """A project name without the punctuation, brackets and suffixes people vary."""
    suffixes = sorted({_phase_folded(s) for s in rules().names.project_suffixes}, key=len, reverse=True)
    return _strip_suffixes(_phase_folded(name), [s for s in suffixes if s])


def _phase_folded(text: str) -> str:
    return fold(_PHASE.sub(lambda m: _CN_DIGITS[m.group(1)], normalise(text)))


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


def _client_forms(clients: Iterable[str | None]) -> list[str]:
    forms: set[str] = set()
    for client in clients:
        if not client:
            continue
        folded = fold(client)
        forms.add(folded)
        for prefix in rules().names.region_prefixes:
            if folded.startswith(fold(prefix)):
                forms.add(folded[len(fold(prefix)) :])
    return sorted(forms, key=len, reverse=True)


def _strip_clients(a: str, b: str, forms: list[str]) -> tuple[str, str]:
    in_a = [f for f in forms if f in a and len(a) > len(f)]
    in_b = [f for f in forms if f in b and len(b) > len(f)]
    shared = [f for f in in_a if f in in_b]
    if shared:
        # Each name loses the longest spelling of the client it carries.
        return a.replace(in_a[0], "", 1), b.replace(in_b[0], "", 1)
    # One name carries the client and the other none: the other was written without it.
    # Two names that carry different clients are different projects and keep them.
    if in_a and not in_b:
        return a.replace(in_a[0], "", 1), b
    if in_b and not in_a:
        return a, b.replace(in_b[0], "", 1)
    return a, b


def project_similarity(a: str, b: str, clients: Iterable[str | None] = ()) -> float:
    """How alike two project names are, in [0, 1], after normalisation.

    Project names usually open with the client's name ("哈密市人民医院智慧医院…"); two
    different projects of one client would share that prefix and look alike, so a client
    name (any of ``clients``, with or without the region prefix) that both names carry is
    taken out of both before they are compared, and one that only one name carries is
    taken out of that one (the other was written without it).
    """
    return _ratio(
        *_strip_place(*_strip_clients(normalise_project(a), normalise_project(b), _client_forms(clients)))
    )


# A place heading a project name (沙雅县, 阿克苏地区库车市): shared by two names of one county, it
# says nothing of which project each is. Compounds ending in 市/区 that are no place (智慧城市,
# 社区, 校区, 灌区…) are the project's own words and stay.
_NAME_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:自治区|地区|自治州|自治县|县|市|区|州))+")
_NOT_PLACES = (
    "城市",
    "都市",
    "社区",
    "校区",
    "园区",
    "景区",
    "小区",
    "新区",
    "城区",
    "灌区",
    "片区",
    "辖区",
    "库区",
    "山区",
    "林区",
    "牧区",
    "矿区",
    "营区",
    "街区",
    "市区",
    "院区",
    "病区",
    "厂区",
    "港区",
)


def _strip_place(a: str, b: str) -> tuple[str, str]:
    """Both names less the place both open with, when that leaves each a name of its own."""
    place = _NAME_PLACE.match(a)
    if place is None or not b.startswith(place.group()) or place.group().endswith(_NOT_PLACES):
        return a, b
    n = place.end()
    if min(len(a), len(b)) - n < 4:
        return a, b
    return a[n:], b[n:]


def company_similarity(a: str, b: str) -> float:
    """How alike two company names are, in [0, 1], after normalisation."""
    return _ratio(normalise_company(a), normalise_company(b))


def plausible_party(name: str | None) -> bool:
    """Whether a read party name can name an organisation: long enough, not just label words."""
    if not name:
        return False
    text = fold(name)
    for label in sorted((fold(x) for x in rules().names.party_labels), key=len, reverse=True):
        text = text.replace(label, "")
    return len(text) >= rules().names.min_party_chars


_LIST_SEPARATORS = re.compile(r"[、，,；;/／]")
# The places heading a name (阿勒泰地区哈巴河县): what follows them is the organisation.
_PLACE_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?(?:自治区|地区|自治州|省|市|县|区|旗|州|盟))+")


def listed_names(declared: str) -> list[str]:
    """The organisations a declared name lists, each whole; one name for one organisation.

    A merged row (CONTRACT 1.1) declares its clients together, the shared part written once:
    布尔津县、哈巴河县第一中学 lists 布尔津县第一中学 and 哈巴河县第一中学 (a bare place takes
    what follows the places heading the last name).
    """
    parts = [p.strip() for p in _LIST_SEPARATORS.split(declared) if p.strip()]
    if len(parts) < 2:
        return [declared]
    last = parts[-1]
    heading = _PLACE_PREFIX.match(last)
    shared = last[heading.end() :] if heading else ""
    names = []
    for part in parts[:-1]:
        place = _PLACE_PREFIX.match(part)
        bare_place = place is not None and place.end() == len(part)
        names.append(part + shared if bare_place and shared else part)
    return [*names, last]


def same_company(a: str, b: str) -> bool:
    """Whether two written company names name the same company (OCR slips allowed), a public body
    with or without the superiors its full name opens with (same_body)."""
    na, nb = normalise_company(a), normalise_company(b)
    return na == nb or _ratio(na, nb) >= rules().names.same_company_min or same_body(na, nb)


def _superiors() -> re.Pattern[str]:
    return _superiors_of(tuple(rules().names.superior_prefixes))


@cache
def _superiors_of(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The superiors opening a name, longest first; … stands for a division's numeral (第…师)."""
    units = [
        "[一二三四五六七八九十]{1,3}".join(re.escape(fold(part)) for part in p.split("…"))
        for p in sorted(prefixes, key=len, reverse=True)
    ]
    return re.compile(f"^(?:{'|'.join(units)})+")


def same_body(a: str, b: str) -> bool:
    """Whether two normalised names are one body's, its superiors opening one or both (新疆生产建设兵团
    第三师图木舒克市疾控中心, 第三师图木舒克市疾控中心, 图木舒克市疾控中心), what is left opening
    with a place of its own."""
    superiors = _superiors()
    bare_a, bare_b = superiors.sub("", a), superiors.sub("", b)
    return (bare_a, bare_b) != (a, b) and bare_a == bare_b and _PLACE_PREFIX.match(bare_a) is not None


def could_be_misread(found: str, declared: str) -> bool:
    """Whether an OCR'd company name may be the declared one with characters lost under a seal.

    Lost characters make the reading shorter; all it keeps stands in the declared name
    in order, but for a misread one or so. Two names of equal length that differ in a
    character (克拉玛依市水务局 / 克拉玛依市商务局) are two parties, not a misreading.
    """
    nf, nd = normalise_company(found), normalise_company(declared)
    if len(nf) >= len(nd):
        return False
    return LCSseq.similarity(nf, nd) >= len(nf) - rules().names.misread_max_substitutions


def cut_short(found: str, declared: str) -> bool:
    """Whether a read name is the declared name's beginning: a name wrapped onto the next line and
    read only to the line's end (新疆…控股集团 for 新疆…控股集团凯瑞明德信息技术有限公司), not another name."""
    nf, nd = normalise_company(found), normalise_company(declared)
    return len(nf) >= rules().names.min_party_chars and len(nf) < len(nd) and nd.startswith(nf)


def same_person(a: str, b: str) -> bool:
    """Whether two written person names are the same."""
    return normalise_person(a) == normalise_person(b)


def same_text_id(a: str, b: str) -> bool:
    """Whether two written identifiers (certificate or contract numbers) are the same."""
    return fold(a) == fold(b)
