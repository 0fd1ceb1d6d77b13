"""Contract fields (CONTRACT 2.2): project, number, parties, price in figures and words, signing date, fees."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal

from jianzheng.models import FEE_KEYS, ContractFees, ContractFields, DocType, Extracted
from jianzheng.models.money import Amount, find_amounts

from ..dates import find_dates, full_date
from ..fee_table import FeeTable, extract_fees
from ..label_hits import LabelHit
from ..labels import vocabulary
from ..lines import Line, Snippet, union
from ..locate import Value
from ..shapes import is_generic_name, is_placeholder
from .amounts import read_price
from .common import Parsed, Reading, as_date, date_in_line, extracted, joined, quantize, running_text
from .seal import read_seal

from . import extractor  # isort: skip

_TITLE_SUFFIX = re.compile(
    r"(?:的)?(?:技术服务|技术开发|系统集成|采购|建设|服务|销售|购销|实施|开发|委托|集成)?(?:框架|战略合作|合作)?(?:合同书|合同|协议书|协议|(?:(?:竣工|终|初)?验收|初验|终验)(?:\([^()]{1,6}\))?(?:报告|单|证书|证明|意见书?|确认书|表)?(?:的)?(?:函|批复|通知)?)(?:\(.*\))?$"
)
_GENERIC = {
    "技术服务",
    "技术开发",
    "系统集成",
    "采购",
    "服务",
    "销售",
    "购销",
    "项目",
    "建设",
    "工程",
    "软件开发",
}
_CATEGORY_ROW = re.compile(
    r"^(?:项目|工程|合同|采购|服务|建设|行业|业务)?(?:类别|类型|性质|方式|属性|分类)|^所属行业"
)
_NAME_CUES = ("项目", "工程", "系统", "平台", "建设", "服务", "采购", "改造", "升级", "运维", "集成", "开发")
_SIGN_CUES = ("盖章", "签章", "签字", "签名", "授权代表", "法定代表人", "日期")
# A clause that dates the signing in running text: 本合同于2023年4月9日在乌鲁木齐签订 or
# 本合同签订于2023年4月9日 (no comma or full stop between the date and the verb).
_SIGNED_AFTER = re.compile(r"^\s*(?:在[^，,。；;]{0,12})?(?:签订|签署|签约|订立)")
_SIGNED_BEFORE = re.compile(r"(?:签订|签署|签约|订立)于\s*$")


_LETTER_TITLE = re.compile(
    r"关于(.{4,80}?)(?:的)?(?:验收意见书?|验收报告|验收证明|竣工验收意见|终验意见|初验意见)"
)


def as_project_name(text: str) -> Parsed:
    """A project name: 4 to 80 characters, quotes and book-title marks removed.

    Not a name: a category (系统集成项目, 技术服务), another label's row (项目类别：…), a
    template's blank (______, XX项目) or figures alone.
    """
    name = re.sub(r"\s+", "", text).strip("《》“”\"'「」:：")
    # A name is no sentence: a clause's 项目名称：某项目。实施地点：… ends the name at its full stop.
    name = re.split(r"[。；;]", name, maxsplit=1)[0].rstrip("，,.").strip("《》“”\"'「」")
    # An official letter names the project in its title: 关于某某项目的验收意见 -> 某某项目.
    letter = _LETTER_TITLE.fullmatch(name)
    if letter:
        name = letter.group(1)
    # A project is never named "关于…": that is a letter's title whose suffix was cut already.
    name = name.removeprefix("关于")
    if not 4 <= len(name) <= 80 or re.fullmatch(r"[\d\W_]+", name):
        return None
    if is_generic_name(name) or is_placeholder(text) or _CATEGORY_ROW.match(name):
        return None
    if re.search(r"[:：]", name[:7]):
        return None  # another label's row (类别：…, 项目类型：…) read on from this label's cell
    return name, 1.0


def as_contract_number(text: str) -> Parsed:
    """A contract number: the first token with a digit, of code-like characters."""
    for token in re.split(r"\s+", text.strip()):
        token = token.strip(":：")
        # The close of a bracket the label opened ((受托方编号:某-2024-01)) is not the number's.
        while token[-1:] in ")）" and token.count(token[-1]) > token.count("(" if token[-1] == ")" else "（"):
            token = token[:-1]
        if re.search(r"\d", token) and re.fullmatch(
            r"[A-Za-z0-9\-_/()\[\]〔〕【】（）.#号字第年\u4e00-\u9fff]{3,40}", token
        ):
            return token, 1.0
    return None


# 原合同总价…变更为…, or the new total under its own label: 调整后合同总价为…, 变更后合同价款：…,
# 签证后合同价款 (a supplementary agreement, a 合同变更确认单, a 工程签证单).
_CHANGED = re.compile(
    r"(?:总价|价款|金额|总额)[^。；;]{0,60}?(?:变更为|调整为|变更后为|调整后为)"
    r"|(?:调整|变更|签证)后的?(?:合同)?(?:总价款?|价款|总?金额|总额)(?:为|是)?[：:]?"
)


def changed_price(reading: Reading) -> dict[str, object]:
    """The price a supplementary agreement changed the contract's to (原合同总价人民币…（¥…）变更为
    人民币…（¥…）, 调整后合同总价为…): the figure and the capital numerals after 变更为 / 调整为 or
    the new total's label, the last such change."""
    found: dict[str, object] = {}
    for run in running_text(reading):
        for match in _CHANGED.finditer(run.text):
            after = run.text[match.end() : match.end() + 80]
            after = re.split(r"[。；;]", after, maxsplit=1)[0]
            amounts = [a for a in find_amounts(after) if a.value is not None]
            figure = next((a for a in amounts if a.kind == "figure"), None)
            capital = next((a for a in amounts if a.kind == "capital"), None)
            at = match.end()
            if figure is not None and figure.value is not None:
                snip = run.snippet(at + figure.start, at + figure.end)
                if snip is not None:
                    found["contract_amount"] = extracted(quantize(figure.value), snip, 0.9)
            if capital is not None and capital.value is not None:
                snip = run.snippet(at + capital.start, at + capital.end)
                if snip is not None:
                    found["amount_in_words"] = extracted(capital.text, snip, 0.9)
                    found["amount_in_words_value"] = extracted(quantize(capital.value), snip, 0.9)
    return found


def _name_from_title(title: str) -> str | None:
    # A letter's title is about its project: 关于某项目验收意见的函.
    name = _TITLE_SUFFIX.sub("", re.sub(r"^关于", "", re.sub(r"\s+", "", title))).strip('《》“”"')
    if len(name) < 4 or name in _GENERIC or not any(c in name for c in _NAME_CUES):
        return None
    parsed = as_project_name(name)
    return parsed[0] if parsed is not None else None


_LABEL_FIRST = re.compile(r"^[^:：]{1,8}[:：]")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|wps|ofd|xlsx?|jpe?g|png)$", re.IGNORECASE)


def _title_line(reading: Reading) -> Line | None:
    first_page = (
        [ln for ln in reading.lines if ln.page == reading.lines[0].page][:10] if reading.lines else []
    )
    # A title may wrap inside a word (关于某项目验 / 收意见的函): its lines are read together.
    candidates = [
        ln
        for ln in first_page
        if re.search(r"合同|协议|验收|初验|终验", "".join(t.compact for t in _title_lines(reading, ln)))
        and 3 <= len(ln.compact) <= 60
        # A sentence is no title (验收组听取了…,审阅了…), however tall a photo's perspective made it.
        and not re.search(r"[,，。;；]", ln.compact)
        # Nor a file's name: a viewer app's title bar above a screenshot of the page (…项目合同.pdf).
        and not _FILE_NAME.search(ln.compact)
        # Nor a label's line (合同编号：… 单位：元 under a 报价明细's heading: qitai seed 1).
        and not _LABEL_FIRST.match(ln.compact)
    ]
    if not candidates:
        return None
    tallest = max(candidates, key=lambda ln: ln.height)
    return tallest


def _subtitle_name(reading: Reading) -> Extracted[str] | None:
    """The project named in brackets under the title (政府采购合同 / （某县某平台项目）); a bracketed
    category there (（信息技术服务类）) ends as no project does and is no name."""
    title = _title_line(reading)
    if title is None:
        return None
    page = [ln for ln in reading.lines if ln.page == title.page]
    below = page[page.index(title) + 1 : page.index(title) + 2]
    for line in below:
        inner = re.fullmatch(r"\((.{4,60})\)", line.compact)
        if inner is None or _PROJECT_END.search(inner.group(1)) is None:
            continue
        name = _name_from_title(inner.group(1))
        snip = line.snippet(0, len(line.text))
        if name is not None and snip is not None:
            return extracted(name, snip, 0.85)
    return None


def _title_lines(reading: Reading, title: Line) -> list[Line]:
    """The title with the lines it wraps over above it: a framework contract's title names both
    parties and the project over two or three lines of the same size (甲方与乙方 / 某某项目框架协议)."""
    page = [ln for ln in reading.lines if ln.page == title.page]
    at = page.index(title)
    lines = [title]
    for above in reversed(page[:at]):
        near = lines[0].top - above.bottom <= title.height
        # A letter's title opens with 关于 (关于某项目的 / 验收意见): OCR boxes its short last line
        # taller than the long first one, though both are set in one size.
        spread = 0.5 if above.compact.startswith("关于") else 0.2
        if not near or abs(above.height - title.height) > spread * title.height or len(above.cells()) > 1:
            break
        if re.search(r"[：:，。；]", above.compact) or _FILE_NAME.search(above.compact):
            break
        lines.insert(0, above)
    return lines


def _without_parties(name: str) -> str:
    """A title's name without the parties it opens with (甲方与乙方某某项目 -> 某某项目)."""
    vocab = vocabulary()
    suffixes = "|".join(sorted(map(re.escape, vocab.org_suffixes), key=len, reverse=True))
    first = re.match(rf"^.{{2,40}}?(?:{suffixes})与", name)
    if first is None:
        return name
    forms = "|".join(map(re.escape, vocab.legal_forms))
    # The shortest second party that leaves a project's name behind (股份有限公司, not 股份…公司…局),
    # but never one cut inside a company's name: 信息技术科 is no party when 技有限公司 follows.
    for end in range(first.end() + 2, min(first.end() + 41, len(name))):
        party = re.fullmatch(rf".+?(?:{suffixes})(?:关于|就)?", name[first.end() : end])
        rest = name[end:]
        if party is None or re.match(rf"^.{{0,4}}(?:{forms}|公司)", rest):
            continue
        return rest if any(c in rest for c in _NAME_CUES) else name
    return name


def _bare_neighbour(reading: Reading, value: Value, step: int) -> Line | None:
    """The line right below (``step`` 1) or above (-1) a labelled value's line, on its page and
    close to it, that holds one cell, no label and no sentence punctuation: a line a wrapped name
    may go on over."""
    lines = reading.lines
    line = value.line or value.hit.line
    at = next((i for i, candidate in enumerate(lines) if candidate is line), None)
    if at is None or not 0 <= at + step < len(lines):
        return None
    near = lines[at + step]
    gap = near.top - line.bottom if step > 0 else line.top - near.bottom
    if near.page != line.page or not near.compact or gap > 1.2 * line.height:
        return None
    if any(h.line is near for h in reading.hits):
        return None
    cells = near.cells()
    if len(cells) > 1:
        # A form's row whose name cell wrapped (某设备采购 | 合同编号 over 项目 | WSEZ-2024-078): the
        # cell under the name, when the row's other cells stand right of where the name ends.
        first = near.boxes[cells[0][0]][0]
        if step < 0 or abs(first - value.value.bbox[0]) > 2 * line.height:
            return None  # a row's label cell (建设地点 | 某市) is no part of the name above
        if any(near.boxes[s][0] < value.value.bbox[2] for s, _ in cells[1:]):
            return None
        end = cells[0][1]
        word_of = near.word_of[:end] if near.word_of else []
        near = Line(
            near.page, near.index, near.text[:end], near.boxes[:end], near.confs[:end], near.height, word_of
        )
    # A sentence's full stop after the name's tail (…专业分 / 包工程。) ends the name, not a clause.
    return None if re.search(r"[，。；：:,;]", near.compact.removesuffix("。")) else near


def _continuation_line(reading: Reading, value: Value) -> Line | None:
    """The bare line right under a labelled value that starts under the value or the label:
    where a long name wraps."""
    nxt = _bare_neighbour(reading, value, 1)
    line = value.line or value.hit.line
    edges = (value.value.bbox[0], value.hit.snippet.bbox[0])
    if nxt is None or min(abs(nxt.x0 - x) for x in edges) > 2 * line.height:
        return None
    return nxt


def _cell_top_line(reading: Reading, value: Value) -> Line | None:
    """The bare line right above a labelled value that starts where the value starts: the first
    line of a name wrapped over three lines of a table cell, whose label sits beside the middle
    one (项目名称 beside …机房动 / 力环境… / 整改项目)."""
    if value.below or value.stacked:
        return None
    prev = _bare_neighbour(reading, value, -1)
    line = value.line or value.hit.line
    if prev is None or abs(prev.x0 - value.value.bbox[0]) > line.height:
        return None
    return prev


def _wrapped_name(reading: Reading, value: Value) -> Extracted[str] | None:
    """A labelled name, joined with the rest of it when it wrapped onto the next line.

    A name that does not end as a project's does (…平台建设 / 项目) takes a short next line;
    one that already could end there (…管理系统 / 运维服务项目) takes the next line only when
    that line itself ends as a project name does.
    """
    parsed = as_project_name(value.value.text)
    if parsed is None:
        return None
    pieces = value.value.text.split()
    head = as_project_name(pieces[0]) if len(pieces) > 1 else None
    if head is not None and _PROJECT_END.search(head[0]) and not _PROJECT_END.search("".join(pieces[1:])):
        # The row's next cell, set close beside the name, came with it (…设备采购项目 依据协议《框架
        # 采购协议》WSKJ-…): the name ends where it ends as a project's, before the gap.
        parsed = head
    sure = 0.95 if value.below else 1.0
    nxt = None if value.stacked else _continuation_line(reading, value)
    top = _cell_top_line(reading, value) if nxt is not None else None
    if top is not None and nxt is not None:
        # Three lines of one cell: the label beside the middle one, the name from the top.
        whole = as_project_name(top.compact + parsed[0] + nxt.compact)
        parts = [
            s for s in (top.snippet(0, len(top.text)), value.evidence, nxt.snippet(0, len(nxt.text))) if s
        ]
        if whole is not None and _PROJECT_END.search(whole[0]) and len(parts) == 3:
            return extracted(whole[0], joined(parts, ""), 0.85 * sure)
    complete = re.search(r"(?:项目|工程|系统|平台|采购|服务|合同|\))$", parsed[0]) is not None
    if nxt is not None:
        tail = nxt.compact.removesuffix("。")
        if (
            head is not None
            and not _PROJECT_END.search(parsed[0] + tail)
            and _PROJECT_END.search(head[0] + tail)
        ):
            # The name's cell wrapped and the row goes on in the next cell (…设备采购项 | 依据协议 over
            # 目): the tail belongs to the cell's first piece, not after the neighbour's text.
            parsed = head
            complete = False
        ends = len(tail) <= 30 and _PROJECT_END.search(tail) is not None
        joins = (len(tail) <= 12 or ends) if not complete else ends
        with_tail = as_project_name(parsed[0] + tail) if joins else None
        snip = nxt.snippet(0, len(nxt.text))
        if with_tail is not None and snip is not None:
            name, snips = with_tail[0], [snip]
            # A narrow cell wraps a long name over three lines or four (某医院数据 / 中心服务器及存储设备
            # / 采购项目): short bare lines, each under the last, until the name ends as a project's.
            while not _PROJECT_END.search(name) and len(snips) < 3:
                below = replace(value, line=nxt, value=snips[-1])
                more = _continuation_line(reading, below)
                piece = more.compact.removesuffix("。") if more is not None else ""
                longer = as_project_name(name + piece) if more is not None and len(piece) <= 12 else None
                more_snip = more.snippet(0, len(more.text)) if more is not None else None
                if longer is None or more_snip is None or more is None:
                    break
                name, nxt = longer[0], more
                snips.append(more_snip)
            if not _PROJECT_END.search(name) and len(snips) > 1:
                name, snips = with_tail[0], snips[:1]
            evidence = Snippet(
                value.evidence.page,
                value.evidence.text + "".join(s.text for s in snips),
                union([value.evidence.bbox, *(s.bbox for s in snips)]),
                min(value.evidence.confidence, *(s.confidence for s in snips)),
            )
            return extracted(name, evidence, 0.9 * sure)
    if not complete and _split_by_a_gap(value):
        # 项目名称: 木垒县人民医 | 等级保护运维服务项目: glare or a fold took the middle of the name;
        # the first piece is no name to accuse a declaration with.
        return extracted(parsed[0], value.evidence, 0.6 * sure)
    return extracted(parsed[0], value.evidence, sure)


def _split_by_a_gap(value: Value) -> bool:
    """Whether the value's line goes on, after a gap, with text that ends as a project name does."""
    line = value.line or value.hit.line
    at = line.text.find(value.value.text)
    if value.below or at < 0:
        return False
    rest = re.sub(r"\s", "", line.text[at + len(value.value.text) :])
    return bool(rest) and _PROJECT_END.search(rest) is not None


# A name in quotation marks or book-title marks (就“某项目”…, 我单位《某系统建设项目》…).
# OCR often reads an opening quote as a closing one (”某项目”), so either opens and closes.
_QUOTED = re.compile(r"[“”\"《「]([^“”\"《》「」，。；：,;:]{4,80}?)[”“\"》」]")
_PROJECT_END = re.compile(r"(?:项目|工程|系统|平台|建设|采购|服务|改造|升级)(?:\([^()]{1,12}\))?$")


# A contract cited by its title (补充协议: 双方签订的《某项目采购合同》): the project is the title
# less the kind of contract.
_CONTRACT_KIND = re.compile(r"(?:采购|服务|建设|实施|施工|技术开发|技术服务|集成)?(?:合同|协议)书?$")


def quoted_name(reading: Reading) -> Extracted[str] | None:
    """The first quoted project name in the running text, joined across line breaks.

    Letters and certificates (竣工验收证明: 兹证明…承建的我单位“某项目”已…) name the
    project only in a sentence, and the sentence wraps wherever the line ends; a supplementary
    agreement cites its contract's title (《某项目采购合同》).
    """
    for run in running_text(reading):
        for match in _QUOTED.finditer(run.text):
            parsed = as_project_name(_CONTRACT_KIND.sub("", match.group(1)))
            if parsed is None or not _PROJECT_END.search(parsed[0]) or parsed[0] in _GENERIC:
                continue
            snip = run.snippet(match.start(), match.end())
            if snip is not None:
                return extracted(parsed[0], snip, 0.8)
    return None


def project_name(reading: Reading) -> Extracted[str] | None:
    """The labelled project name (joined with a wrapped tail), else a contract name's, a quoted
    name's or the title's."""
    labelled = [
        f for f in (_wrapped_name(reading, v) for v in reading.values("project_name")) if f is not None
    ]
    if labelled:
        # A name printed short on one page (a test report's 项目名称 without its 项目) and whole on
        # another of the same document: the whole one.
        first = labelled[0].value
        whole = [
            f
            for f in labelled
            if f.value.startswith(first) and re.fullmatch(r"(?:建设)?项目|工程", f.value[len(first) :])
        ]
        return whole[0] if whole else labelled[0]
    for value in reading.values("contract_name"):
        name = _name_from_title(value.value.text)
        if name:
            return extracted(name, value.evidence, 0.85)
    subtitle = _subtitle_name(reading)
    if subtitle is not None:
        return subtitle
    quoted = quoted_name(reading)
    if quoted is not None:
        return quoted
    title = _title_line(reading)
    if title is not None:
        # The title line without stray strokes read beside it (初验报告 | 只三).
        ends = {id(title): title.cells()[0][1] if _bare_with_noise(title) else len(title.text)}
        parts = [
            s
            for s in (ln.snippet(0, ends.get(id(ln), len(ln.text))) for ln in _title_lines(reading, title))
            if s
        ]
        name = _name_from_title(_without_parties("".join(re.sub(r"\s+", "", p.text) for p in parts)))
        if name and parts:
            return extracted(name, joined(parts, ""), 0.7)
        beside = _beside_bare_title(reading, title)
        if beside is not None:
            return beside
    return _procurement_result(reading)


def _beside_bare_title(reading: Reading, title: Line) -> Extracted[str] | None:
    """The project named on its own line right above or below a bare title (某某平台建设项目 /
    合 同 书): the cover of a contract whose title names no project."""
    if not _BARE_TITLE.fullmatch(title.compact) and not _bare_with_noise(title):
        return None
    page = [ln for ln in reading.lines if ln.page == title.page]
    at = page.index(title)

    def bare(line: Line) -> bool:
        return not re.search(r"[:：,，。;；]", line.compact) and not any(h.line is line for h in reading.hits)

    for line in (*page[max(at - 2, 0) : at][::-1], *page[at + 1 : at + 2]):
        if not bare(line):
            continue
        parsed = as_project_name(line.compact)
        snip = line.snippet(0, len(line.text))
        if parsed is None or not _PROJECT_END.search(parsed[0]) or snip is None:
            continue
        upper = page[page.index(line) - 1] if page.index(line) > 0 else None
        if upper is not None and page.index(line) <= at and _wraps_onto(upper, line) and bare(upper):
            # A long name wrapped over two lines of the cover (…智能化弱 / 电系统工程 / 终验报告).
            whole = as_project_name(upper.compact + line.compact)
            first = upper.snippet(0, len(upper.text))
            if whole is not None and first is not None:
                return extracted(whole[0], joined([first, snip], ""), 0.8)
        return extracted(parsed[0], snip, 0.8)
    return None


def _bare_with_noise(title: Line) -> bool:
    """A bare title with a few stray characters read apart from it (初验报告 | 只三: a stamp's or a
    pen's strokes beside the title)."""
    cells = title.cells()
    if len(cells) < 2:
        return False
    head = re.sub(r"\s", "", title.text[slice(*cells[0])])
    rest = len(title.compact) - len(head)
    return _BARE_TITLE.fullmatch(head) is not None and rest <= 3


def _wraps_onto(upper: Line, line: Line) -> bool:
    """Whether ``line`` is the wrapped rest of ``upper``: the same type size, right under it, the
    upper line no whole name by itself and at least as wide (a wrapped line fills the measure)."""
    return (
        abs(upper.height - line.height) <= 0.25 * line.height
        and 0 <= line.top - upper.bottom <= 0.8 * line.height
        and upper.x1 - upper.x0 >= line.x1 - line.x0
        and len(upper.compact) >= 8
        and not _PROJECT_END.search(upper.compact)
    )


_BARE_TITLE = re.compile(
    r"(?:技术服务|技术开发|系统集成|政府采购|采购|建设|服务|销售|购销|施工|承包)?(?:合同书|合同|协议书|协议|合同协议书)"
    # An acceptance report's bare title under the project's name (某某系统开发项目 / 终验报告).
    r"|(?:项目)?(?:竣工验收|初步验收|最终验收|验收|初验|终验)(?:报告|证书|意见书?|单|表)"
)

# The 政府采购合同's standard opening: …及某某项目(公开招标)的采购结果，甲乙双方经协商一致….
_PROCUREMENT_RESULT = re.compile(
    r"及(?P<name>[^，,。；;：:《》“”]{4,80}?(?:项目|工程|采购))(?:\([^()]{1,30}\))?的(?:采购|招标|中标|成交)(?:结果|文件)"
)


def _procurement_result(reading: Reading) -> Extracted[str] | None:
    """The project a government procurement contract names in its opening sentence, wrapped anywhere."""
    for run in running_text(reading):
        match = _PROCUREMENT_RESULT.search(run.text)
        parsed = as_project_name(match["name"]) if match else None
        snip = run.snippet(match.start("name"), match.end("name")) if match else None
        if parsed is not None and snip is not None:
            return extracted(parsed[0], snip, 0.8)
    return None


# The papers that change a signed contract's price, bound after it: a 补充协议, a 合同变更确认单 (施工,
# 监理 and 建设单位 sign it), a 工程签证单.
_SUPPLEMENT_TITLE = re.compile(
    r"补充(?:协议|合同)书?|(?:合同|工程)?变更(?:确认单|协议书?|单)|(?:工程|现场)?签证单"
)


def _own_pages(reading: Reading) -> Reading:
    """The contract without a supplementary agreement bound after it (signed later, on its own
    date): the pages before the first that opens with a 补充协议 (合同变更确认单, 工程签证单) title,
    within its first five lines (the original's title in 《》 may stand above it, over two lines)."""
    for at, page in enumerate(reading.pages[1:], start=1):
        opening = [ln for ln in reading.lines if ln.page == page.number][:5]
        if any(_SUPPLEMENT_TITLE.fullmatch(ln.compact) for ln in opening):
            return Reading.of(reading.pages[:at])
    return reading


def _sealed(reading: Reading) -> Extracted[bool] | None:
    """Whether the contract is sealed: a supplementary agreement bound after it is signed on a page
    of its own, which needs its seals too (the contract's seals do not seal it)."""
    own = _own_pages(reading)
    if own is reading:
        return read_seal(reading)
    main = read_seal(own)
    supplement = read_seal(Reading.of(reading.pages[len(own.pages) :]))
    if main is not None and main.value is True and supplement is not None and supplement.value is False:
        return supplement
    return main


def _date_beside(reading: Reading, hit: LabelHit) -> tuple[dt.date, Snippet] | None:
    """A date written in the label's row but read as a line of its own: a handwritten date in a
    signature table, which the reader split from the row where a seal's ring text overlaps it.
    It stands level with the label, right of it and left of the row's next label."""
    row = hit.line
    right = min(
        (h.snippet.bbox[0] for h in reading.hits if h.line is row and h.start > hit.start), default=1e9
    )
    left = hit.snippet.bbox[2]
    for line in reading.lines:
        middle = (line.top + line.bottom) / 2
        if line is row or line.page != row.page or not row.top <= middle <= row.bottom:
            continue
        found = date_in_line(line)
        if found is not None and left <= found[1].bbox[0] < right:
            return found
    return None


def _surest_signature_date(dated: list[Value]) -> Value:
    """The signature block's date: the last one, unless another date there was read clearly more
    surely. Two parties' handwritten dates usually agree; where they seem not to, the one a seal's
    ring ran through (its digits dropped or merged with 合同专用章) is the one read less surely."""
    last = dated[-1]
    surest = max(dated, key=lambda v: v.value.confidence)
    if surest.value.confidence - last.value.confidence >= _SURER_BY:
        return surest
    return last


_SURER_BY = 0.05
"""How much surer another signature date must be read to be taken over the last one."""


def signed_on(reading: Reading) -> Extracted[object] | None:
    """The labelled signing date, else the last date of the signature block."""
    found = reading.first("signed_on", as_date)
    if found is not None:
        return found
    dated = [v for v in reading.values("sign_date") if as_date(v.value.text)]
    if dated:
        chosen = _surest_signature_date(dated)
        parsed = as_date(chosen.value.text)
        assert parsed is not None
        return extracted(parsed[0], chosen.evidence, 0.9 * parsed[1])
    beside = [d for h in reading.hits if h.key == "sign_date" and (d := _date_beside(reading, h))]
    if beside:
        return extracted(beside[-1][0], beside[-1][1], 0.85)
    clause = _signing_clause(reading)
    if clause is not None:
        return clause
    party_lines = [h.line for h in reading.hits if h.key in {"party_a", "party_b"}]
    if not party_lines:
        return None
    last_party = party_lines[-1]
    block = [
        ln
        for ln in reading.lines
        if (ln.page, ln.index) >= (last_party.page, last_party.index - 6)
        and (ln.page, ln.index) <= (last_party.page, last_party.index + 8)
    ]
    in_block = [d for d in (date_in_line(ln) for ln in block) if d is not None]
    if not in_block or not any(any(c in ln.compact for c in _SIGN_CUES) for ln in block):
        return None
    value, snip = in_block[-1]
    return extracted(value, snip, 0.8)


def _signing_clause(reading: Reading) -> Extracted[object] | None:
    """The date of a clause that says when the contract was signed (本合同于…签订)."""
    for line in reading.lines:
        for found in find_dates(line.text):
            value = full_date(found.value)
            before, after = line.text[: found.start], line.text[found.end :]
            signed = (before.rstrip().endswith("于") and _SIGNED_AFTER.match(after)) or _SIGNED_BEFORE.search(
                before
            )
            snip = line.snippet(found.start, found.end) if value is not None and signed else None
            if value is not None and snip is not None:
                return extracted(value, snip, 0.9)
    return None


def _prices_else(fees: FeeTable, amount: Extracted[Decimal] | None) -> bool:
    """Whether a fee table's printed total is not the contract's price: a list price before a
    discount (合计 1,503,041.00 above 优惠后总价 1,391,705.00) itemises another sum than the one
    the row declares, and its items are no breakdown of it."""
    return amount is not None and fees.total is not None and abs(fees.total[0] - amount.value) > _FEE_SLACK


def _whole(fees: ContractFees, amount: Extracted[Decimal] | None) -> ContractFees:
    """The fees with the ones the table leaves out at zero, where its fees make up the whole price.

    A table that adds up to the contract's amount itemises all of it: a fee it does not list is
    none (CONTRACT 2.2 gives the ten keys where a contract itemises its fees). A table that adds
    up to less (a list price, a part) says nothing of the fees it leaves out.
    """
    listed = [v for key in FEE_KEYS if (v := getattr(fees, key)) is not None]
    if amount is None or not listed or abs(sum(listed, Decimal(0)) - amount.value) > _FEE_SLACK:
        return fees
    return fees.model_copy(update={key: Decimal("0.00") for key in FEE_KEYS if getattr(fees, key) is None})


# Fees printed in 万元 to two decimals add up to the yuan price within 100 yuan.
_FEE_SLACK = Decimal(100)


def _capital_beside(reading: Reading, total: Snippet) -> tuple[Amount, Snippet] | None:
    """The capital numerals printed in the fee table's total row (合计 | 柒拾陆万柒仟叁佰元整 | 767,300.00)."""
    middle = (total.bbox[1] + total.bbox[3]) / 2
    for line in reading.lines:
        if line.page != total.page or not line.top <= middle <= line.bottom:
            continue
        for amount in find_amounts(line.text):
            snip = line.snippet(amount.start, amount.end) if amount.kind == "capital" else None
            if snip is not None:
                return amount, snip
    return None


@extractor(DocType.contract)
def extract_contract(reading: Reading) -> ContractFields:
    """Every contract field that the pages show."""
    vocab = vocabulary()
    fields: dict[str, object] = {
        "project_name": project_name(reading),
        "contract_number": reading.first("contract_number", as_contract_number),
        "party_a": reading.party("a"),
        "party_b": reading.party("b"),
        "signed_on": signed_on(_own_pages(reading)),
        "has_seal": _sealed(reading),
    }
    price = read_price(reading, vocab.labels("contract_amount")) or read_price(
        reading, vocab.labels("amount_words")
    )
    if price is not None:
        if price.capital is not None:
            amount, snip = price.capital
            fields["amount_in_words"] = extracted(amount.text, snip, 1.0 if amount.value is not None else 0.6)
            if amount.value is not None:
                fields["amount_in_words_value"] = extracted(quantize(amount.value), snip)
        if price.figure is not None and price.figure[0].value is not None:
            fields["contract_amount"] = extracted(quantize(price.figure[0].value), price.figure[1])
        elif price.capital is not None and price.capital[0].value is not None:
            fields["contract_amount"] = extracted(quantize(price.capital[0].value), price.capital[1], 0.85)
    # A supplementary agreement bound with the contract changed the price: the contract's amount is
    # the new one (the old one is still printed on the contract's own pages).
    fields.update(changed_price(reading))
    fees = extract_fees(reading.lines)
    price_read = fields.get("contract_amount")
    read_price_field = price_read if isinstance(price_read, Extracted) else None
    if fees is not None and not fees.pre_tax and not _prices_else(fees, read_price_field):
        fields["fees"] = extracted(_whole(fees.fees, read_price_field), fees.evidence, 0.9)
        if "contract_amount" not in fields and fees.total is not None:
            # No price sentence could be read: the fee table's printed total is the price.
            fields["contract_amount"] = extracted(quantize(fees.total[0]), fees.total[1], 0.8)
            words = _capital_beside(reading, fees.total[1])
            if words is not None and "amount_in_words" not in fields:
                amount, snip = words
                fields["amount_in_words"] = extracted(amount.text, snip, 0.9)
                if amount.value is not None:
                    fields["amount_in_words_value"] = extracted(quantize(amount.value), snip, 0.9)
    return ContractFields(**{k: v for k, v in fields.items() if v is not None})
