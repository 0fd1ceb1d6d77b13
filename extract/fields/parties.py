"""Party blocks: who is party A (the client) and party B (the supplier).

Contracts and acceptance reports name the parties behind a label from one
of several pairs (甲方/乙方, 发包方/承包方, 委托方/受托方, 采购人/供应商,
买方/卖方, 需方/供方, 建设单位/承建单位 …; labels.toml ``[parties]``), often
decorated (甲方（盖章）：, 名称（全称）：), sometimes with the name on the line
below or running onto a second line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from rapidfuzz.distance import Levenshtein

from jianzheng.models.text import normalise

from .label_hits import LabelHit
from .labels import vocabulary
from .lines import Line, Running, Snippet, running, union
from .locate import Value, value_below, value_of
from .shapes import is_placeholder, label_word

Role = Literal["a", "b"]

_PUNCT_CUT = re.compile(r"[，,。;；、]|\s{2,}")
# Decorations printed beside a name ((盖章), (签字或盖章), (法定代表人签字), (全称)): short, so that a
# bracketed second name that happens to hold 字 or 章 (伊州区数字化城市管理指挥中心) is kept; and the
# role it is defined as ((以下简称甲方)), which is no part of it.
# Decorations: (盖章), (签字), (全称), (以下简称甲方), and a consortium member's role (联合体牵头人,
# 牵头方, 联合体成员).
_DECOR = re.compile(
    r"\([^()]{0,6}(?:章|签|字|全称|名称)[^()]{0,3}\)|\((?:以下)?简?称[^()]{0,10}\)"
    r"|\((?:联合体)?(?:牵头人|牵头方|牵头单位|成员单位|成员)\)"
)
# A decoration whose closing bracket OCR lost (某局(章 负责人：): the name ends where it opens.
_OPEN_DECOR = re.compile(r"\((?:盖章|签章|公章|签字|章)(?![^()]*\))")
# A report's or certificate's number in brackets after a name, or the bracket alone where a value
# ended at the number's own label (某检验所( | 报告编号：…).
_FORMER_NOTE = re.compile(r"\s*\((?:原名称|原名|曾用名|原)[^)]*\)?\s*$")
_NUMBER_NOTE = re.compile(r"\s*\((?:(?:报告|证书|合同|项目|检测|测评)?编号.*)?$")
_NOT_A_NAME = re.compile(
    r"^(?:应|须|需|的|在|于|向|与|和|对|按|将|不|已|如|若|负责|同意|承担|双方|提供|根据|依据|为|是|有权|可|自|由)"
)
# A bracketed note or second name after a name: (特殊普通合伙), (监理部), (伊州区数字化城市管理指挥中心),
# or a whole second name with its own region bracket (某研究院(国家某检测中心(新疆))).
_BRACKETED_TAIL = re.compile(r"(?<=.)\((?:[^()]{1,20}|[^()]{2,30}\([^()]{1,6}\))\)$")
_SENTENCE_WORD = re.compile(r"甲方|乙方|双方|对方|本合同|本协议|约定|支付|签订|负责|承担")
_PERSON_OR_SHORT = re.compile(r"^[\u4e00-\u9fff·]{2,20}$")
_NAME_LABELS = {"名称", "全称", "单位名称", "公司名称", "企业名称"}
# A party defined in the preamble: 某局（以下简称“甲方”）, 某公司(以下称"乙方"); OCR reads
# either quotation mark as the other.
_DEFINED = re.compile(
    r"(?P<name>[^，,。;；:：“”\"()（）]{4,60}?)\((?:以下(?:简称|称)[:：]?)?[“”\"]?(?P<label>[^“”\"()]{1,8}?)[“”\"]?\)"
)
# 某局委托某公司承担…: the one who commissions is the client (委托方), the other the supplier.
_NAME = r"[^，,。;；:：“”\"()（）《》]{4,60}?"
_COMMISSION = re.compile(
    rf"(?P<a>{_NAME})委托(?P<b>{_NAME})(?:承担|开展|实施|进行|完成|建设|开发|提供|负责|编制|办理|对|为)"
)
# A title that names both (某局与某公司…框架协议) says who is who only by what each one is.
_TITLE_REST = re.compile(r"(?P<y>.{4,80})(?:协议|合同)")
_LEAD = re.compile(r"^(?:本合同|本协议)?(?:由|系|经|与|和|及|同|委托)")


@dataclass(frozen=True)
class Party:
    """A party's name as read, with the label it stood behind."""

    role: Role
    name: str
    label: str
    value: Snippet
    evidence: Snippet
    confidence: float


def _ends_with_suffix(name: str) -> bool:
    vocab = vocabulary()
    # 限公司 or 公司 alone is the tail of a name wrapped in its cell, not an organisation.
    if any(form.endswith(name) for form in [*vocab.legal_forms, *vocab.org_suffixes]):
        return False
    return any(name.endswith(s) for s in vocab.org_suffixes)


def repair_legal_form(name: str) -> str:
    """The name with its legal form restored when OCR dropped or misread one of its characters.

    股份限公司 -> 股份有限公司, 有限公可 -> 有限公司: a tail one character short of, or one
    character off, a legal form is that form (the forms are a closed list; a name that ends
    in one exactly is left alone).
    """
    forms = vocabulary().legal_forms
    if any(name.endswith(form) for form in forms):
        return name
    for form in forms:  # longest first, as listed
        for size in (len(form) - 1, len(form)):
            tail = name[-size:]
            if len(name) > size + 1 and Levenshtein.distance(tail, form) == 1:
                return name[:-size] + form
    return name


def is_org_name(name: str) -> bool:
    """Whether a name ends as an organisation's does (有限公司, 局, 中心 …), not a fragment; a
    bracketed note or second name may follow (某局(某局), 某会计师事务所(特殊普通合伙))."""
    return _ends_with_suffix(_BRACKETED_TAIL.sub("", name))


_OTHER_ROLE = re.compile(
    r"(?<=..)(?:(?:[甲乙丙]方|采购人|供应商|发包人|承包人|委托方|受托方)(?:\([^()]{1,6}\)|[:：])"
    # An order form's cell label with the role in brackets: 采购单位(甲方) … 供应单位(乙方) ….
    r"|(?:供应单位|采购单位|建设单位|承建单位|需方|供方|买方|卖方|委托人|受托人)\([甲乙丙]方\))"
)


def _own_column(text: str) -> str:
    """A value's text up to the other party's role, where a second column began on its line."""
    compact = re.sub(r"\s", "", normalise(text))
    cut = _OTHER_ROLE.search(compact)
    return compact if cut is None else compact[: cut.start()]


def without_decorations(text: str) -> str:
    """A label's value without the bracketed words printed beside a name ((章), (盖章), (全称))."""
    return _DECOR.sub("", normalise(text))


def clean_party_name(text: str) -> tuple[str, float] | None:
    """A party name out of a label's value, with a confidence; None if it is no name.

    Strips decorations ((盖章)), cuts at sentence punctuation, keeps the part up
    to the last organisation suffix (有限公司, 局, 中心 …). A label of the party's
    block (开户银行：…, 法定代表人) and an unfilled blank (______, XX公司) are no name.
    """
    if label_word(text) is not None or is_placeholder(text):
        return None
    s = _DECOR.sub("", normalise(text)).strip(" :：\t")
    s = _PUNCT_CUT.split(s, maxsplit=1)[0].strip()
    # A bracketed number after the name is no part of it: 某检验所（报告编号：XJJC-2024-6290）
    s = _NUMBER_NOTE.sub("", s)
    # A former name noted after the name is no part of it: 某局（原某中心）, 某公司（曾用名：…）
    s = _FORMER_NOTE.sub("", s)
    # A colon inside the value starts another label's value (某局 名称：某公司 read across two
    # columns): the name is what comes before it, or after it when that is a label word.
    head, colon, tail = s.partition(":")
    if colon:
        s = tail.strip() if re.sub(r"\s", "", head) in _NAME_LABELS else head.strip()
    s = re.sub(r"\s+", "", s)
    opened = _OPEN_DECOR.search(s)
    s = repair_legal_form(s[: opened.start()] if opened else s)
    # The other party's role inside a name is where the other column began, read on one line with
    # this one (甲方(采购人) 某中心( 乙方(供应商) 某公司 on a signature page): the name ends there,
    # cut short of what wrapped beneath it, so less sure.
    cut = _OTHER_ROLE.search(s)
    certainty = 1.0
    if cut is not None:
        s, certainty = s[: cut.start()].rstrip("(（"), 0.8
    if len(s) < 2 or label_word(s) is not None or is_placeholder(s):
        return None
    if _NOT_A_NAME.match(s) and not (is_org_name(s) and not _SENTENCE_WORD.search(s)):
        # A clause (应于…, 由某公司负责…) is no name; a whole name may still start with one of
        # those characters: 和田 (Hotan), 于田, 若羌, 可克达拉, 双河 are places, 同方 a company.
        return None
    if _ends_with_suffix(s):
        return s, certainty
    if _BRACKETED_TAIL.search(s) and is_org_name(s):
        return s, certainty  # 某公司(监理部), 某会计师事务所(特殊普通合伙)
    # A suffix inside: keep up to its last occurrence (某公司法定代表人 …).
    best = max((s.rfind(x) + len(x) for x in vocabulary().org_suffixes if len(x) >= 2 and x in s), default=-1)
    if best >= 4:
        if s[:best].count("(") > s[:best].count(")") and s[best : best + 1] == ")":
            best += 1  # the suffix ends a bracketed second name: 某检测中心(克州分中心)(报告编号:…)
        return s[:best], 0.85
    if _PERSON_OR_SHORT.match(s) and len(s) <= 12:
        return s, 0.6  # a person or an unusual name: kept, less sure
    return None


def _continuation(value: Value, lines: Sequence[Line], hits: Sequence[LabelHit]) -> Snippet | None:
    """The next line's text when a name runs onto it (it starts under the name, holds no label)."""
    line = value.hit.line
    for nxt in lines:
        if nxt.page != line.page or nxt.index != line.index + 1:
            continue
        if nxt.top - line.bottom > 1.2 * line.height:
            return None
        cells = nxt.cells()
        labelled = [h.start for h in hits if h.line is nxt]
        if not cells:
            return None
        # A wrapped name goes on under the name or back at the margin under the label; in a
        # row of two columns (购买方 名称：… | 销售方 名称：…) that is the cell under it, not the first.
        # The other column's block may go on beside it (播电视和旅游局 | 地址：…): a label there is
        # no part of this cell.
        edges = (value.value.bbox[0], value.hit.snippet.bbox[0])
        for start, end in cells:
            if any(at < end for at in labelled):
                return None
            snip = nxt.snippet(start, end)
            if snip is not None and min(abs(snip.bbox[0] - x) for x in edges) <= 2 * line.height:
                return snip if len(snip.text) <= 12 else None
        return None
    return None


def _ends_as_company(text: str) -> bool:
    """Whether a text ends with a company's legal form (有限公司, 有限责任公司, 股份有限公司)."""
    return re.sub(r"\s", "", text).endswith(("有限公司", "有限责任公司", "股份有限公司"))


def read_party(value: Value, role: Role, lines: Sequence[Line], hits: Sequence[LabelHit]) -> Party | None:
    """The party a labelled value names, joining a continuation line when the name runs on."""
    named = read_name(value, lines, hits)
    if named is None:
        return None
    name, snippet, evidence, confidence = named
    return Party(role, name, value.hit.label, snippet, evidence, confidence)


def read_name(
    value: Value, lines: Sequence[Line], hits: Sequence[LabelHit]
) -> tuple[str, Snippet, Snippet, float] | None:
    """The organisation a labelled value names (a party's, a 监理单位's), run on to the next line
    when the name wraps: the name, its value and evidence snippets, and the confidence."""
    cleaned = clean_party_name(value.value.text)
    snippet, evidence = value.value, value.evidence
    more = None if value.below or value.stacked else _continuation(value, lines, hits)
    if more is not None:
        # Whole only when the value itself ends as a name does: 某控股集团昆仑某智能 / 科技有限公司
        # holds 集团 inside, which cut there would be another organisation.
        raw = re.sub(r"\s", "", value.value.text)
        # A bracketed second name closes a name too (某人民医院(某中医医院)).
        complete = cleaned is not None and is_org_name(cleaned[0]) and raw.endswith(cleaned[0])
        # A group heads its companies' names: 某集团 over 某软件有限公司 on the line under it is one
        # subsidiary's name wrapped, not the group (joined below only if it ends as a company).
        complete = complete and not (raw.endswith("集团") and _ends_as_company(more.text))
        # A whole name runs on only as a branch of itself (…有限公司 / 乌鲁木齐分公司).
        branch = next(
            (b for b in vocabulary().shapes.branch_suffixes if re.sub(r"\s", "", more.text).endswith(b)), None
        )
        # The continuation is this column's: it joins the value up to the other column's role.
        joined = (
            clean_party_name(_own_column(value.value.text) + more.text) if not complete or branch else None
        )
        if (
            joined is not None
            and _ends_with_suffix(joined[0])
            and (not complete or joined[0].endswith(branch or ""))
        ):
            cleaned = (joined[0], 0.9)
            box = union([snippet.bbox, more.bbox])
            snippet = Snippet(
                snippet.page, snippet.text + more.text, box, min(snippet.confidence, more.confidence)
            )
            evidence = Snippet(
                evidence.page,
                evidence.text + more.text,
                union([evidence.bbox, more.bbox]),
                snippet.confidence,
            )
    if cleaned is None:
        return None
    name, certainty = cleaned
    return name, snippet, evidence, round(certainty * snippet.confidence * (0.95 if value.below else 1.0), 3)


def _candidates(
    lines: Sequence[Line], hits: Sequence[LabelHit], roles: dict[Role, str]
) -> dict[Role, list[Party]]:
    """Every party each role's labels name, in reading order."""
    found: dict[Role, list[Party]] = {"a": [], "b": []}
    for hit in hits:
        role = next((r for r, key in roles.items() if key == hit.key), None)
        if role is None:
            continue
        value = value_of(hit, hits, lines)
        party = read_party(value, role, lines, hits) if value is not None else None
        if (
            value is not None
            and (party is None or not is_org_name(party.name))
            and not (value.below or value.stacked)
        ):
            # A seal stamped over the label's line leaves its strokes there as text (乙方（盖章）数字
            # 技术股); the name printed under the label is the party's.
            under = value_below(hit, hits, lines)
            alternative = read_party(under, role, lines, hits) if under is not None else None
            if alternative is not None and _ends_with_suffix(alternative.name):
                party = alternative
        if party is None or not is_org_name(party.name):
            party = _name_row_beside(hit, role, lines, hits, roles) or party
        if party is not None:
            found[role].append(party)
    return found


_NAME_ROW = re.compile("(?:" + "|".join(sorted(_NAME_LABELS, key=len, reverse=True)) + r")\s*[:：]?\s*")


def _name_row_beside(
    hit: LabelHit, role: Role, lines: Sequence[Line], hits: Sequence[LabelHit], roles: dict[Role, str]
) -> Party | None:
    """The name in a party form whose role is a merged cell left of its rows (采购人 beside 名称 /
    地址 / 联系人): the role's label sits level with a middle row, the name on the 名称 row above
    or below it, right of the label. A row nearer another role's label is that role's."""
    own = hit.line
    others = [
        h.line.index
        for h in hits
        if h.key in roles.values() and h.line.page == own.page and h.line is not own
    ]
    # Two columns (需方（盖章）： | 供方（盖章）：): the next column's 名称 is the other party's.
    right = min(
        (
            h.snippet.bbox[0]
            for h in hits
            if h.line is own and h.key in roles.values() and h.start > hit.start
        ),
        default=float("inf"),
    )
    for step in (-1, 1, -2, 2):
        at = own.index + step
        if any(abs(at - other) < abs(step) for other in others):
            continue
        row = next((ln for ln in lines if ln.page == own.page and ln.index == at), None)
        if row is None:
            continue
        for found in _NAME_ROW.finditer(row.text):
            if not hit.snippet.bbox[2] - row.height <= row.boxes[found.start()][0] < right:
                continue
            cell_end = row.cell_at(found.end())[1] if found.end() < len(row.text) else len(row.text)
            value = row.snippet(found.end(), cell_end)
            cleaned = clean_party_name(value.text) if value is not None else None
            if value is None or cleaned is None or not _ends_with_suffix(cleaned[0]):
                continue
            evidence = row.snippet(found.start(), cell_end) or value
            return Party(
                role, cleaned[0], hit.label, value, evidence, round(0.9 * cleaned[1] * value.confidence, 3)
            )
    return None


def _paragraph_start(run: Running, start: int, end: int) -> int:
    """Where a name in running text can start: not before a line that ends short of the margin.

    A paragraph wraps at the right margin, so a name may run over a line break there; a short
    line before it (a title, 合同编号：HT-001) is another paragraph and no part of the name.
    """
    right = max(line.x1 for line, _ in run.where)
    for i in range(end - 1, start, -1):
        line, previous = run.where[i][0], run.where[i - 1][0]
        if line is not previous and previous.x1 < right - 3 * previous.height:
            return i
    return start


def _role_of(label: str) -> Role | None:
    vocab = vocabulary()
    return "a" if label in vocab.parties.a else "b" if label in vocab.parties.b else None


def _name_at(run: Running, start: int, end: int) -> tuple[str, int] | None:
    """The organisation's name that ends at ``end`` in running text, and where it starts."""
    start = _paragraph_start(run, start, end)
    if start > 0 and run.text[start - 1 : start + 1] == "委托":
        start += 1  # 某局（甲方）委 / 托某公司（乙方）: the verb wrapped, not a name (托克逊县 is one)
    start += m.end() if (m := _LEAD.match(run.text[start:end])) else 0
    raw = run.text[start:end]
    cleaned = clean_party_name(raw)
    if cleaned is None or not _ends_with_suffix(cleaned[0]) or not raw.endswith(cleaned[0][-2:]):
        return None
    return cleaned[0], start


def defined_parties(lines: Sequence[Line]) -> dict[Role, Party]:
    """Parties running text names by their role: 某局（以下简称“甲方”）与某公司（以下简称“乙方”）,
    某局（甲方）与某公司（乙方）…, 某局委托某公司承担… (title or preamble)."""
    found: dict[Role, Party] = {}
    for run in running(lines):
        for match in _DEFINED.finditer(run.text):
            label = re.sub(r"\s", "", match["label"])
            role = _role_of(label)
            named = _name_at(run, match.start("name"), match.end("name")) if role else None
            snip = run.snippet(named[1], match.end()) if named else None
            if role is None or role in found or named is None or snip is None:
                continue
            value = run.snippet(named[1], match.end("name")) or snip
            found[role] = Party(role, named[0], label, value, snip, round(0.9 * snip.confidence, 3))
        for match in _COMMISSION.finditer(run.text):
            client = _name_at(run, match.start("a"), match.end("a"))
            supplier = clean_party_name(match["b"])
            if (
                client is None
                or supplier is None
                or supplier[0] != match["b"]
                or "a" in found
                or "b" in found
            ):
                continue
            whole = run.snippet(client[1], match.end("b"))
            a_snip = run.snippet(client[1], match.end("a"))
            b_snip = run.snippet(match.start("b"), match.end("b"))
            if whole is None or a_snip is None or b_snip is None:
                continue
            found["a"] = Party("a", client[0], "委托", a_snip, whole, round(0.85 * whole.confidence, 3))
            found["b"] = Party("b", supplier[0], "委托", b_snip, whole, round(0.85 * whole.confidence, 3))
    return found


def _is_company(name: str) -> bool:
    return any(form in name for form in vocabulary().shapes.company_words)


def _title_pairs(title: str) -> Iterator[tuple[str, str]]:
    """Each way a title splits as 某 与/和/同 某…协议, first split first: the 和 of
    人力资源和社会保障局 is inside a name, and the split after it may be the title's."""
    body = title.removeprefix("《")
    for joint in re.finditer("[与和同]", body):
        if not 4 <= joint.start() <= 40:
            continue
        rest = _TITLE_REST.match(body, joint.end())
        if rest is not None:
            yield body[: joint.start()], rest["y"]


def titled_parties(lines: Sequence[Line]) -> dict[Role, Party]:
    """A title's two names (某局与某公司…框架协议), when one is a public body and the other a company:
    the public body is the client. Nothing when both or neither are companies."""
    first_page = [ln for ln in lines if ln.page == lines[0].page][:10] if lines else []
    # A long title wraps, over as many as four lines: 某局与某公司 / 信息化建设框架协议 is one title.
    titles = [(ln.compact, [ln]) for ln in first_page]
    titles += [(ln.compact + nxt.compact, [ln, nxt]) for ln, nxt in pairwise(first_page)]
    titles += [
        ("".join(ln.compact for ln in first_page[i : i + n]), first_page[i : i + n])
        for n in (3, 4)
        for i in range(len(first_page) - n + 1)
    ]
    splits = [(title_lines, pair) for title, title_lines in titles for pair in _title_pairs(title)]
    for title_lines, (head, tail) in splits:
        x = clean_party_name(head)
        if x is None or x[0] != head or not _ends_with_suffix(x[0]):
            continue
        if _is_company(x[0]):
            ends = [tail.find(s) + len(s) for s in vocabulary().shapes.public_body_ends if tail.find(s) >= 2]
        else:
            ends = [tail.find(s) + len(s) for s in vocabulary().shapes.company_words if tail.find(s) >= 2]
        if not ends:
            continue
        y = repair_legal_form(tail[: min(ends)])
        if _is_company(x[0]) == _is_company(y):
            continue
        client, supplier = (y, x[0]) if _is_company(x[0]) else (x[0], y)
        snips = [s for ln in title_lines if (s := ln.snippet(0, len(ln.text))) is not None]
        if not snips:
            continue
        snip = Snippet(
            snips[0].page,
            "".join(s.text for s in snips),
            union([s.bbox for s in snips]),
            min(s.confidence for s in snips),
        )
        conf = round(0.75 * snip.confidence, 3)
        return {
            "a": Party("a", client, "标题", snip, snip, conf),
            "b": Party("b", supplier, "标题", snip, snip, conf),
        }
    return {}


def find_parties(
    lines: Sequence[Line],
    hits: Sequence[LabelHit],
    *,
    roles: dict[Role, str] | None = None,
    occluded: Callable[[Snippet], bool] | None = None,
    reject: Callable[[str], bool] | None = None,
) -> dict[Role, Party]:
    """Party A and party B: for each, the first name that ends as an organisation's name does.

    ``hits`` are the label hits of the lines, party labels under the keys of ``roles``
    (default: ``party_a`` and ``party_b``) among them. ``occluded`` says whether a value
    lies under a seal, where OCR reads what is left of a name (乌鲁木市∴务局). ``reject``
    says a name cannot hold either role (a testing centre on an acceptance report).

    In order: a labelled whole name in the clear; a preamble's definition (以下简称“甲方”);
    a labelled whole name under a seal; a fragment, only when nothing better is printed;
    with no label at all, a title's names (某局与某公司…协议) by what each one is. Roles
    always come from role words or what a body is, never from which name comes first.
    """
    roles = roles or {"a": "party_a", "b": "party_b"}
    hidden = occluded or (lambda _: False)
    refuse = reject or (lambda _: False)
    candidates = {
        role: [p for p in parties if not refuse(p.name)]
        for role, parties in _candidates(lines, hits, roles).items()
    }
    defined = {r: p for r, p in defined_parties(lines).items() if not refuse(p.name)}
    titled = {r: p for r, p in titled_parties(lines).items() if not refuse(p.name)}
    found: dict[Role, Party] = {}
    for role, parties in candidates.items():
        whole = [p for p in parties if is_org_name(p.name)]
        clear = [p for p in whole if not hidden(p.value)]
        contractual = [p for p in clear if p.label not in vocabulary().parties.owner]
        if role == "a" and contractual:
            clear = contractual  # the project's owner is party A only where no party-A label names one
        if clear:
            found[role] = clear[0]
        elif role in defined:
            found[role] = defined[role]
        elif role in titled and parties:
            # What is left of a name under a seal (安市市场 of 乌鲁木齐市市场监督管理局) is no
            # better than the title's whole name.
            found[role] = titled[role]
        elif whole or parties:
            found[role] = (whole or parties)[0]
    if _swapped(found, defined):
        # Words that name a party's role beside its name (某局（甲方）, 某局委托某公司) outweigh a
        # block whose layout put each name under the other's label.
        found = dict(defined)
    elif not found or _swapped(found, titled):
        found = titled or found
    elif titled and len(found) == 1:
        # One party named in a block (卖方（盖章）：某公司), the other only in the title (某医院与某公司…
        # 采购合同): the title's other name, when the block's agrees with the title's.
        ((role, party),) = found.items()
        other: Role = "b" if role == "a" else "a"
        if titled[role].name == party.name:
            found[other] = titled[other]
    if "a" in found and "b" in found and found["a"].name == found["b"].name:
        # One name under both roles: a photo's layout put one party's label beside the other's
        # name (甲方(盖章): | 新疆某公司 under 乙方(盖章):). Which is which is not read.
        return {}
    return found


def _swapped(found: dict[Role, Party], stated: dict[Role, Party]) -> bool:
    """Whether the block readings hold the stated client as B and the stated supplier as A."""
    if len(stated) < 2:
        return False
    a, b = found.get("a"), found.get("b")
    return (a is not None and a.name == stated["b"].name) or (b is not None and b.name == stated["a"].name)
