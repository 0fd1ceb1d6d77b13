"""Acceptance report fields (CONTRACT 2.2): project, parties, date, conclusion, seal, third party."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from jianzheng.models import AcceptanceConclusion, AcceptanceFields, DocType, Extracted

from ..dates import find_dates, full_date
from ..label_hits import LabelHit
from ..labels import vocabulary
from ..lines import Line, Running, Snippet, running, union
from ..parties import clean_party_name, is_org_name, read_name
from ..shapes import is_third_party
from .common import Reading, as_date, date_in_line, extracted, running_text
from .contract import project_name
from .seal import read_seal

from . import extractor  # isort: skip


def _checked_option(text: str) -> AcceptanceConclusion | None:
    """The option ticked in a checkbox row (☑合格 □不合格), if any is ticked."""
    cues = vocabulary()
    checked = "".join(re.escape(c) for c in cues.cue("checkbox_checked"))
    for match in re.finditer(rf"[{checked}]\s*([^\s{checked}□☐○◯]{{1,8}})", text):
        option = match.group(1)
        if any(w in option for w in cues.cue("conclusion_hedged")):
            return None  # ☑基本合格: the words that follow it decide
        if any(w in option for w in cues.cue("conclusion_failed")):
            return AcceptanceConclusion.failed
        if any(w in option for w in cues.cue("conclusion_passed")):
            return AcceptanceConclusion.passed
    return None


def _conclusion_of(text: str) -> AcceptanceConclusion | None:
    cues = vocabulary()
    ticked = _checked_option(text)
    if ticked is not None:
        return ticked
    empty = "".join(re.escape(c) for c in cues.cue("checkbox_empty"))
    # Options left unticked (□不合格) are no statement; drop them before reading the wording.
    # An option is one cue word (□合格不合格 where OCR lost the tick of 不合格 drops only 合格).
    options = sorted(cues.cue("conclusion_failed") + cues.cue("conclusion_passed"), key=len, reverse=True)
    option = "|".join(re.escape(o) for o in options)
    plain = re.sub(rf"[{empty}]\s*(?:{option}|\S{{1,6}})", "", text)
    for passed in cues.cue("conclusion_recheck_passed"):
        plain = plain.replace(passed, "验收合格")
    if any(w in plain for w in cues.cue("conclusion_failed")):
        return AcceptanceConclusion.failed
    # Rework asked for (需整改) without the acceptance itself being granted is no pass: seeds 000
    # and 001 count projects that passed acceptance (通过验收的项目), not ones awaiting rework.
    if any(w in plain for w in cues.cue("conclusion_rework")) and not any(
        w in plain for w in cues.cue("conclusion_granted")
    ):
        return AcceptanceConclusion.failed
    if any(w in plain for w in cues.cue("conclusion_passed")):
        return AcceptanceConclusion.passed
    return None


def conclusion(reading: Reading) -> Extracted[AcceptanceConclusion] | None:
    """The conclusion from the 验收结论 section, else from any sentence about the acceptance.

    The section (label line and the lines after it up to the next label) is read
    line by line, then as one paragraph: a verdict wrapped onto the next line
    (…一致同意该项目 / 通过终验) is one phrase, and 不同意通过 split after 不同意 must
    not read as 同意通过.
    """
    # A test report's 测试结论 only where no 验收 verdict is labelled: an acceptance report may
    # record its tests passing (测试结论：通过) and still not pass the acceptance.
    for key in ("conclusion", "test_conclusion"):
        for hit in (h for h in reading.hits if h.key == key):
            found = _labelled_conclusion(reading, hit)
            if found is None:
                continue
            if _both_options(found.text or ""):
                # The row prints its options (合格 不合格) and no tick the reader saw: it says
                # nothing by itself; the report's own statement decides, else it is not plain.
                return _stated_verdict(reading) or found.model_copy(update={"confidence": 0.7})
            # An option row whose tick was lost is not plain alone; the report's own opinion saying
            # the same (□合格 不合格 above 基本合格，限期整改，整改完成后另行组织验收) makes it so.
            if found.confidence < 0.9 and _stated(reading) == {found.value}:
                return found.model_copy(update={"confidence": 0.9})
            return found
    verdicts = _sentence_verdicts(reading)
    if not verdicts:
        return None
    value, snip, _ = verdicts[0]
    # A letter states its decision in a sentence that says so (经研究，不同意验收; 验收组一致认为…):
    # plain when no other sentence of the document says otherwise.
    decided = len({v for v, _, _ in verdicts}) == 1 and any(_DECISION.search(t) for _, _, t in verdicts)
    return extracted(value, snip, 0.9 if decided else 0.75)


def _sentence_verdicts(reading: Reading) -> list[tuple[AcceptanceConclusion, Snippet, str]]:
    """Every sentence about the acceptance (it says 验) that states a verdict, in reading order."""
    verdicts: list[tuple[AcceptanceConclusion, Snippet, str]] = []
    for run in running_text(reading):
        for sentence in re.finditer(r"[^。；;!！?？]+", run.text):
            if "验" not in sentence.group(0):
                continue
            value = _conclusion_of(sentence.group(0))
            snip = run.snippet(sentence.start(), sentence.end()) if value is not None else None
            if value is not None and snip is not None:
                verdicts.append((value, snip, sentence.group(0)))
    return verdicts


def _stated(reading: Reading) -> set[AcceptanceConclusion]:
    """The verdicts the report's lines state outside its option rows."""
    return {v for ln in reading.lines if not _has_boxes(ln.text) and (v := _conclusion_of(ln.text))}


def _has_boxes(text: str) -> bool:
    """Whether a line is an option row (its checkboxes, ticked or not, or its options side by side
    with no box the reader saw), not a statement."""
    return _shows_boxes(text) or _both_options(text)


def _shows_boxes(text: str) -> bool:
    """Whether the text holds a checkbox, ticked or not."""
    cues = vocabulary()
    return any(c in text for c in (*cues.cue("checkbox_checked"), *cues.cue("checkbox_empty")))


def _both_options(text: str) -> bool:
    """Whether the text names a passing and a failing option side by side without any checkbox
    (验收结论 合格 不合格, a form whose ticks are drawn or lost): no verdict by itself."""
    if _shows_boxes(text):
        return False
    cues = vocabulary()
    plain = re.sub(r"\s", "", text)
    for passed in cues.cue("conclusion_recheck_passed"):
        plain = plain.replace(passed, "验收合格")
    failed = sorted((w for w in cues.cue("conclusion_failed") if w in plain), key=len, reverse=True)
    if not failed:
        return False
    for word in failed:
        plain = plain.replace(word, "|")
    return any(w in plain for w in cues.cue("conclusion_passed"))


def _stated_verdict(reading: Reading) -> Extracted[AcceptanceConclusion] | None:
    """The one verdict the report's statements give outside its option rows, from the first line
    that states it; None when they give none or disagree."""
    stated = _stated(reading)
    if len(stated) != 1:
        return None
    value = stated.pop()
    for line in reading.lines:
        if not _has_boxes(line.text) and _conclusion_of(line.text) == value:
            snip = line.snippet(0, len(line.text))
            return extracted(value, snip, 0.9) if snip is not None else None
    return None


_DECISION = re.compile(r"经研究|经验收|综上|(?:验收组|专家组|验收小组|验收委员会)(?:一致)?(?:认为|同意|决定)")


def _labelled_conclusion(reading: Reading, hit: LabelHit) -> Extracted[AcceptanceConclusion] | None:
    """The verdict in a conclusion label's section, read one line more at a time."""
    lines = reading.lines
    start = lines.index(hit.line)
    section: list[Line] = [hit.line]
    for nxt in lines[start + 1 : start + 7]:
        if nxt.page != hit.line.page or any(h.line is nxt and h.key != hit.key for h in reading.hits):
            break
        section.append(nxt)
    texts = [re.sub(r"\s", "", ln.text[hit.start :] if ln is hit.line else ln.text) for ln in section]
    for count in range(1, len(section) + 1):
        text = "".join(texts[:count])
        value = _conclusion_of(text)
        if value is AcceptanceConclusion.passed and _hedged(text):
            # ☑基本合格 and then what it means: …本次终验不予通过，整改后重新组织验收 is no pass.
            whole = "".join(texts)
            if _conclusion_of(whole) is AcceptanceConclusion.failed:
                value, count, text = AcceptanceConclusion.failed, len(section), whole
        if value is not None:
            snip = union_snippet(section[:count])
            return extracted(value, snip, 0.7 if _box_lost(text) else 0.95) if snip is not None else None
    return None


def _hedged(text: str) -> bool:
    """Whether a pass rests on a hedged verdict (基本合格) that no granting words make outright."""
    cues = vocabulary()
    return any(w in text for w in cues.cue("conclusion_hedged")) and not any(
        w in text for w in cues.cue("conclusion_granted")
    )


def _box_lost(text: str) -> bool:
    """Whether the verdict was inferred from an option row whose tick the reader did not see
    (验收结论 整改后复验 □不合格: the ticked 验收合格 lost under glare, 整改后复验's box with it):
    what stands without a box may be an option left blank, so the reading is not plain."""
    cues = vocabulary()
    ticked = any(c in text for c in cues.cue("checkbox_checked"))
    return any(c in text for c in cues.cue("checkbox_empty")) and not ticked


def union_snippet(lines: list[Line]) -> Snippet | None:
    """The whole of several lines as one piece of evidence."""
    snips = [s for ln in lines if (s := ln.snippet(0, len(ln.text))) is not None]
    if not snips:
        return None
    return Snippet(
        snips[0].page,
        "".join(s.text for s in snips),
        union([s.bbox for s in snips]),
        min(s.confidence for s in snips),
    )


def accepted_on(reading: Reading) -> Extracted[object] | None:
    """The labelled acceptance date, else the last date of the document's last page.

    A preliminary acceptance (初步验收报告) bound before the final one gives way to the final
    one's date: the project passed on that day, the first only opened its trial run.
    """
    preliminary = _preliminary_pages(reading)
    if preliminary and len(preliminary) < len(reading.pages):
        # The same lines and labels, but the preliminary pages': nothing read again.
        final = Reading(
            pages=[p for p in reading.pages if p.number not in preliminary],
            lines=[ln for ln in reading.lines if ln.page not in preliminary],
            hits=[h for h in reading.hits if h.line.page not in preliminary],
            wrapped_cells=reading.wrapped_cells,
        )
        found = final.first("accepted_on", as_date)
        if found is not None:
            return found
    # A final report's form lists the preliminary acceptance too (初验日期 … 终验日期 …): the
    # project passed on the final date.
    final_only = replace(
        reading, hits=[h for h in reading.hits if not (h.key == "accepted_on" and h.label.startswith("初验"))]
    )
    found = final_only.first("accepted_on", as_date) or reading.first("accepted_on", as_date)
    if found is not None:
        return found
    if not reading.lines:
        return None
    # A letter states it in a sentence (…并于二〇二四年十月二十八日通过…竣工验收), wrapped anywhere;
    # the date under the signature may be the letter's, issued later. A form's label ends a
    # sentence: 承建单位：… 日期：2024年9月6日 | 监理单位意见：…预验收 is the builder's request.
    for run in running_text(reading):
        for sentence in re.finditer(r"[^。；;!！?？:：]+", run.text):
            if "验收" not in sentence.group(0):
                continue
            dates = list(find_dates(sentence.group(0)))
            for date in dates:
                # 并于某日提交了竣工验收申请: the builder's request, not the acceptance; 开工日期 …
                # beside 验收内容 on a form: another label's date.
                clause = re.split(r"[，,]", sentence.group(0)[date.end :], maxsplit=1)[0]
                if re.search(r"申请|提交|报请", clause) or _OTHER_DATE.search(
                    sentence.group(0)[max(0, date.start - 8) : date.start]
                ):
                    continue
                value = full_date(date.value)
                snip = run.snippet(sentence.start() + date.start, sentence.start() + date.end)
                if value is not None and snip is not None:
                    # The sentence's one date, opening the account of the acceptance being held
                    # (某日，某局组织…验收组，对…进行了验收), is the letter's plain statement of it.
                    held = len(dates) == 1 and _HELD.search(sentence.group(0)[date.end :])
                    return extracted(value, snip, 0.9 if held else 0.8)
    last_page = reading.lines[-1].page
    dated = _dates_on([ln for ln in reading.lines if ln.page == last_page])
    if dated:
        value, snip = dated[-1]
        return extracted(value, snip, 0.75)
    return _cover_date(reading)


# What a sentence says was done on its date: the acceptance held (组织…验收组, 对…进行了验收,
# 召开…验收会), not a request for it, a plan or a trial run.
# The date's own clause says so, or the clause right after it opens with the organiser (某日，某局
# 组织…); a clause further on may tell of another day's event (上线试运行，…通过验收).
_HELD = re.compile(
    r"^[,，]?[^,，]{0,30}?(?:组织|召开|主持)[^。；;]{0,60}?验收|^[^,，]{0,40}?(?:进行了验收|通过了?(?:竣工|终验|最终)?验收)"
)


_SIGNATURE_NOTE = re.compile(r"\((?:盖章|公章|签章|章)\)$")
_SEAL_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z]{1,4}$")
_PRELIMINARY = re.compile(r"初步验收|初验")
_FINAL = re.compile(r"终验|竣工验收|最终验收")


def preliminary_title(text: str) -> bool:
    """Whether a page's or report's opening (its first 40 characters, blanks aside: the title)
    names a preliminary acceptance, not a final one."""
    head = re.sub(r"\s", "", text)[:40]
    return bool(_PRELIMINARY.search(head)) and not _FINAL.search(head)


def _preliminary_pages(reading: Reading) -> set[int]:
    """Pages whose title names a preliminary acceptance, not a final one."""
    return {
        page.number
        for page in reading.pages
        if preliminary_title("".join(ln.compact for ln in reading.lines if ln.page == page.number))
    }


def _cover_date(reading: Reading) -> Extracted[object] | None:
    """The date standing alone on a line of the report's cover, where its signature page's dates
    could not be read (handwritten 年 月 日 under the seals): the date the report bears."""
    first = reading.lines[0].page
    if first == reading.lines[-1].page:
        return None
    for line in (ln for ln in reading.lines if ln.page == first):
        found = date_in_line(line)
        if found is not None and len(found[1].text.replace(" ", "")) >= len(line.compact) - 1:
            return extracted(found[0], found[1], 0.7)
    return None


# The labels of a form's other dates (开工日期 2025年1月20日 | 竣工日期 …), which a sentence about
# the acceptance may run on from.
_OTHER_DATE = re.compile(
    r"(?:开工|竣工|完工|签订|签约|合同|进场|交付|申请|计划|到货|上线|试运行)(?:日期|时间)\s*$"
)


def _dates_on(lines: list[Line]) -> list[tuple[dt.date, Snippet]]:
    """The whole dates of the lines in reading order, a date wrapped at a line's end (日期：
    2024年11月10 | 日) read across the break."""
    dated: list[tuple[dt.date, Snippet]] = []
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        found = date_in_line(line)
        if found is not None:
            dated.append(found)
            continue
        if after is None:
            continue
        pair = running([line, after])[0]
        for date in find_dates(pair.text):
            value = full_date(date.value)
            snip = pair.snippet(date.start, date.end)
            if value is not None and snip is not None and date.start < len(line.compact) < date.end:
                dated.append((value, snip))
                break
    return dated


def third_party(reading: Reading) -> Extracted[str] | None:
    """The supervising or testing organisation (监理, 测评, 检测, 测试中心).

    Its own label first (监理单位：, 第三方测评机构：); else a name under a party label that is
    such an organisation (验收单位：某软件测评中心); else the ring text of its seal.
    """
    for value in reading.values("third_party"):
        # A long name wraps in its cell (…新疆分中心检 / 测中心): read on as a party's name is.
        named = read_name(value, reading.lines, reading.hits)
        # A form's label cell wrapped (监理单位 / 意见) before the label set again in the value's
        # cell (监理单位：某监理有限公司): only an organisation's name is the value.
        if named is not None and is_org_name(named[0]):
            name, _, evidence, confidence = named
            return extracted(name, evidence, confidence / max(evidence.confidence, 1e-6))
    for key in ("party_a", "party_b"):
        for value in reading.values(key):
            parsed = clean_party_name(value.value.text)
            if parsed is not None and is_org_name(parsed[0]) and is_third_party(parsed[0]):
                return extracted(parsed[0], value.evidence, 0.85 * parsed[1])
    seal_words = vocabulary().cue("seal_text")
    for page in reading.pages:
        for seal in page.seals:
            ring = re.sub(r"\s", "", seal.text or "")
            for word in seal_words:
                ring = ring.replace(word, "")
            parsed = clean_party_name(ring) if ring else None
            if parsed is not None and is_org_name(parsed[0]) and is_third_party(parsed[0]):
                snip = Snippet(page.number, seal.text or "", seal.bbox, seal.confidence)
                return extracted(parsed[0], snip, 0.7)
    return _tester_in_sentence(reading) or _issuer_line(reading)


# 经新疆某软件评测中心有限公司第三方测评，…: the tester named in the certificate's sentence.
_TESTED_BY = re.compile(
    r"(?:经|由|委托)(?P<name>[\u4e00-\u9fff()]{2,40}?(?:(?:中心|研究院|研究所)(?:有限责任公司|有限公司)?"
    r"|有限责任公司|有限公司))"
)


def _tester_in_sentence(reading: Reading) -> Extracted[str] | None:
    """A testing or supervising organisation a sentence says tested the project (经某评测中心…测评)."""
    found = _names_in_sentences(reading, lambda run: _TESTED_BY.finditer(run.text))
    return next((extracted(name, snip, 0.8) for name, snip in found if is_third_party(name)), None)


def _names_in_sentences(
    reading: Reading, matches: Callable[[Running], Iterable[re.Match[str]]]
) -> Iterator[tuple[str, Snippet]]:
    """Each name (the matches' ``name`` group, on each page's running text) that reads as a whole
    party name, with its place."""
    for run in running_text(reading):
        for match in matches(run):
            name = match["name"]
            cleaned = clean_party_name(name)
            snip = run.snippet(match.start("name"), match.end("name"))
            if cleaned is not None and cleaned[0] == name and snip is not None:
                yield name, snip


def _issuer_line(reading: Reading) -> Extracted[str] | None:
    """A testing or supervising organisation's name standing on a line of its own, unlabelled:
    the issuer printed on a test report's cover or above its date (某质量监督检验研究院(某检测
    中心), its bracket wrapped to the next line). Only a line that is the whole name counts."""
    labelled = {id(h.line) for h in reading.hits}
    for at, line in enumerate(reading.lines):
        if id(line) in labelled:
            continue
        text, parts = line.compact, [line]
        # A name whose bracket wrapped: the next line closes it.
        if text.count("(") > text.count(")") and at + 1 < len(reading.lines):
            after = reading.lines[at + 1]
            if after.page == line.page and len(after.compact) <= 12:
                text, parts = text + after.compact, [line, after]
        parsed = clean_party_name(text)
        if parsed is None or parsed[0] != text or not is_org_name(text) or not is_third_party(text):
            continue
        snip = union_snippet(parts)
        if snip is not None:
            return extracted(text, snip, 0.7 * parsed[1])
    return None


def letter_parties(reading: Reading) -> dict[str, Extracted[str]]:
    """The parties of an acceptance letter (关于某项目的验收意见), which has no party labels.

    The letter is addressed to the contractor (某公司： at its head) and speaks to it as the
    builder (你公司承建的…); the client who organised the acceptance (某局组织…验收组, or 我单位
    组织… under its letterhead) signs it above the date. Each is taken only with those words to say so: a letter to or from anyone
    else names no party.
    """
    found: dict[str, Extracted[str]] = {}
    if not reading.lines:
        return found
    cues = vocabulary()
    text = reading.text.replace("\n", "")
    first_page = [ln for ln in reading.lines if ln.page == reading.lines[0].page]
    addressee = None
    # Under the letterhead, the document number and a title wrapped over two lines.
    for line in first_page[:8]:
        head = re.fullmatch(r"(.{4,60}?)[:：]", line.compact)
        if head is None:
            continue
        cleaned = clean_party_name(head.group(1))
        if cleaned is not None and cleaned[0] == head.group(1) and is_org_name(cleaned[0]):
            snip = line.snippet(0, len(line.text))
            if snip is not None and any(w in text for w in cues.cue("addressee_built")):
                addressee = cleaned[0]
                found["party_b"] = extracted(cleaned[0], snip, 0.85)
            break
    last_page = [ln for ln in reading.lines if ln.page == reading.lines[-1].page]
    dated = [
        at
        for at in range(len(last_page) - 1, 0, -1)
        if date_in_line(last_page[at]) is not None
        # The date alone on its line, but for a seal's stroke read as a character (答2024年11月5日).
        and len(re.sub(r"[\d〇零一二三四五六七八九十年月日]", "", last_page[at].compact)) <= 1
    ]
    # The signer stands above the date, or last on the page when a seal hid the date.
    for at in dated[:1] or [len(last_page)]:
        # A seal's stray stroke read as a character of its own (食, unsure) is no line of the name.
        above = [ln for ln in last_page[max(at - 3, 0) : at] if not _stray(ln)]
        # The signer's name may wrap above the date (某自治区政务服务和公共资 / 源交易中心).
        for lines in (above[-2:], above[-1:]):
            # Each line's first cell: a seal's stray strokes beside the name are no part of it.
            name = "".join(re.sub(r"\s", "", ln.text[slice(*ln.cells()[0])]) for ln in lines if ln.cells())
            # A seal's strokes beside the name read as Latin letters (托克逊县教育局NEP).
            bare = _SEAL_LATIN.sub("", name)
            name = bare if bare != name and is_org_name(bare) else name
            # The signature line's own note (某局(盖章)) is no part of the name.
            name = _SIGNATURE_NOTE.sub("", name)
            cleaned = clean_party_name(name)
            snip = union_snippet(lines)
            if (
                cleaned is None
                or cleaned[0] != name
                or not is_org_name(name)
                or name == addressee
                or is_third_party(name)
                or snip is None
            ):
                continue
            if any(name + w in text for w in cues.cue("issuer_organised")):
                plainest = _plainest(name, first_page[0].compact, _body(reading, lines))
                # A seal over the signature's first characters (市数据局 under 库车市数据局's seal):
                # the sentence saying who organised it spells the whole name.
                if plainest == name:
                    plainest = _organiser_like(name, text, cues.cue("issuer_organised")) or name
                found["party_a"] = extracted(plainest, snip, 0.85)
                break
            # 我单位组织… under a letterhead that prints the signer's name again: the signer
            # organised it (twice, so that a seal's strokes joined to the name are no name).
            if any(w in text for w in cues.cue("issuer_self_organised")) and (
                text.count(name) >= 2 or _reads_as(first_page[0].compact, name)
            ):
                found["party_a"] = extracted(
                    _plainest(name, first_page[0].compact, _body(reading, lines)), snip, 0.85
                )
                break
            # A seal over the signature blurs or hides a character (昌言… for 昌吉…, 委会 for 委员会); the letter's
            # own sentence spells the organiser plainly, so that spelling is taken when the
            # signer reads as it but for those characters.
            organiser = _organiser_like(name, text, cues.cue("issuer_organised"))
            if organiser is not None:
                found["party_a"] = extracted(organiser, snip, 0.8)
                break
            # A letter to the contractor (某公司：… 你公司承建的…) saying 我单位组织…, without a
            # letterhead to spell its signer again: the whole organisation's name read plainly above
            # the date is the one who organised it, a little less sure than a name read twice.
            if (
                len(lines) == 1
                and addressee is not None
                and not is_org_name(first_page[0].compact)
                and any(w in text for w in cues.cue("issuer_self_organised"))
            ):
                found["party_a"] = extracted(_spelt_nearly(name, _body(reading, lines)) or name, snip, 0.75)
                break
        else:
            letterhead = _letterhead_signer(first_page, above, text, cues.cue("issuer_self_organised"))
            if letterhead is not None and letterhead.value != addressee:
                found["party_a"] = letterhead
        break
    for key, named in _bracketed_parties(reading).items():
        found.setdefault(key, named)
    if "party_b" not in found:
        builder = _builder_in_sentence(reading)
        client = found.get("party_a")
        if builder is not None and (client is None or builder.value != client.value):
            found["party_b"] = builder
    date_at = (dated[:1] or [len(last_page)])[0]
    signer_lines = last_page[max(date_at - 3, 0) : date_at]
    # A line that is an organisation's name and nothing else (not a row of the committee's list).
    signed_by_an_organisation = any(
        len(ln.cells()) == 1
        and not re.search(r"\d", ln.compact)
        and (clean_party_name(ln.compact) or ("",))[0] == ln.compact
        and is_org_name(ln.compact)
        for ln in signer_lines
    )
    if "party_a" not in found and "party_b" in found and not signed_by_an_organisation:
        # Signed by the committee's head alone: the letter's sentence names who organised it (an
        # organisation signing under another's name leaves the client undecided).
        stated = _organiser_in_sentence(reading, found["party_b"].value)
        if stated is not None:
            found["party_a"] = stated
    return found


# 2024年7月25日，某局组织成立项目验收小组…: the organisation that organised the acceptance, the
# sentence's subject (after a date, a comma or the start of a line).
_ORGANISED = re.compile(
    r"(?:^|[,，。；;:：]|日)(?P<name>[\u4e00-\u9fff()]{4,40}?)(?:在[\u4e00-\u9fff]{2,12}?)?(?:组织|主持|召集)"
    r"[^,，。；;]{0,40}?验收"
)


def _organiser_in_sentence(reading: Reading, builder: str) -> Extracted[str] | None:
    """The one organisation a letter's sentence says organised the acceptance (某局组织成立项目验收
    小组), neither the builder nor a third party; less sure than a signature."""
    named: dict[str, Extracted[str]] = {}
    for name, snip in _names_in_sentences(reading, lambda run: _ORGANISED.finditer(run.text)):
        if is_org_name(name) and not is_third_party(name) and name != builder:
            named.setdefault(name, extracted(name, snip, 0.75))
    return next(iter(named.values())) if len(named) == 1 else None


# …对某某信息技术有限公司承建的“某项目”进行了验收 / 由某公司实施的…: the contractor named in the
# letter's sentence as the one who built the project.
_BUILT_BY = re.compile(
    r"(?:对|由)(?P<name>[^，,。；;：:“”\"()]{4,60}?(?:有限责任公司|股份有限公司|有限公司|研究院|研究所))"
    r"(?:承建|承担|实施|建设|开发)的"
)


# 验收组听取了承担单位某某科技有限公司的工作汇报: the contractor after its role word in a sentence.
_ROLE_THEN_BUILDER = re.compile(
    r"(?:承建|承担|实施)(?:单位|方)(?P<name>[^，,。；;：:“”\"()]{4,60}?(?:有限责任公司|股份有限公司|有限公司|研究院|研究所))"
    r"(?:的|关于|对)"
)


# 某某信息技术有限公司承建的“某项目”…: a certificate's sentence opening with the contractor.
_OPENS_BUILT = re.compile(
    r"(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|研究院|研究所))(?:承建|承担|实施)的"
)


def _sentence_starts(run: Running) -> list[int]:
    """Where a line or a sentence begins in a page's running text."""
    starts = [i for i, (_, index) in enumerate(run.where) if index == 0]
    starts += [i + 1 for i, ch in enumerate(run.text) if ch in "。；;：:"]
    return sorted(set(starts))


def _builder_in_sentence(reading: Reading) -> Extracted[str] | None:
    """The contractor a letter's sentence says built the project, wrapped anywhere: 对/由 X 承建的,
    or a sentence opening with X 承建的."""

    def matches(run: Running) -> list[re.Match[str]]:
        opening = (_OPENS_BUILT.match(run.text, start) for start in _sentence_starts(run))
        built = [*_BUILT_BY.finditer(run.text), *_ROLE_THEN_BUILDER.finditer(run.text)]
        return [*built, *(m for m in opening if m is not None)]

    found = _names_in_sentences(reading, matches)
    return next(
        (
            extracted(name, snip, 0.85)
            for name, snip in found
            if is_org_name(name) and not is_third_party(name)
        ),
        None,
    )


def _bracketed_parties(reading: Reading) -> dict[str, Extracted[str]]:
    """Parties a letter's sentence names in brackets after their role (…建设单位、承建单位(新疆某某
    信息工程有限公司)代表组成), wrapped anywhere: a role word and its name, as a label and its value."""
    roles = vocabulary().parties

    def named_after(labels: list[str]) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True) if "(" not in w)
        return re.compile(rf"(?:{words})\(([^()]{{4,60}})\)")

    patterns = {"party_a": named_after(roles.a), "party_b": named_after(roles.b)}
    found: dict[str, Extracted[str]] = {}
    for run in running_text(reading):
        for key, pattern in patterns.items():
            for match in pattern.finditer(run.text):
                name = match.group(1)
                cleaned = clean_party_name(name)
                if cleaned is None or cleaned[0] != name or not is_org_name(name) or is_third_party(name):
                    continue
                snip = run.snippet(match.start(), match.end())
                if snip is not None and key not in found:
                    found[key] = extracted(name, snip, 0.85)
    return found


def _letterhead_signer(
    first_page: list[Line], above: list[Line], text: str, cues: list[str]
) -> Extracted[str] | None:
    """The letterhead's organisation, where the letter says 我单位组织… and its signer, above the
    date, reads as the letterhead but for a character a seal hid (…有限责任公 for …有限责任公司),
    or no signer is printed at all: the letter's closing sentence (特此函告。) stands right above
    the date, and the seal alone signs it."""
    if not first_page or not above or not any(w in text for w in cues):
        return None
    head = first_page[0].compact
    if not _names_the_client(head):
        return None
    signer = re.sub(r"\s", "", above[-1].text[slice(*above[-1].cells()[0])]) if above[-1].cells() else ""
    if _CLOSING.fullmatch(signer):
        snip = first_page[0].snippet(0, len(first_page[0].text))
        return extracted(head, snip, 0.75) if snip is not None else None
    if abs(len(signer) - len(head)) <= 1 and Levenshtein.distance(signer, head) <= max(1, len(head) // 8):
        snip = above[-1].snippet(0, len(above[-1].text))
        return extracted(head, snip, 0.8) if snip is not None else None
    # A seal over the signature garbled more of it (密市特象局 for 哈密市气象局), read unsurely: the
    # letterhead, spelt again in the letter's title or sentences, is the signer, less sure.
    unsure = bool(above[-1].confs) and min(above[-1].confs) < _GARBLED_BELOW
    if unsure and Levenshtein.distance(signer, head) <= max(2, len(head) // 4) and text.count(head) >= 2:
        snip = first_page[0].snippet(0, len(first_page[0].text))
        return extracted(head, snip, 0.75) if snip is not None else None
    return None


_GARBLED_BELOW = 0.9
"""A signer's line read less surely than this was read through a seal."""


# A letter's closing formula: nothing after it but the date and the seal.
_CLOSING = re.compile(r"(?:特此(?:函告|函复|通知|证明)|此函|此复)[。.]?")


def _plainest(signer: str, head: str, body: str) -> str:
    """The signer's name as the letter prints it plainly. A seal over the signature hides, adds or
    blurs characters (人民医院, 伊伊吾县人民医院 under the letterhead 伊吾县人民医院); the
    letterhead, spelt the same in the letter's own sentences (``body``), names it whole. A
    letterhead the sentences do not spell (its first character lost) leaves the signer as read."""
    if signer == head or not _spelt_alone(head, signer, body) or not _names_the_client(head):
        return signer
    return head if head.endswith(signer) or _reads_as(signer, head) else signer


def _names_the_client(head: str) -> bool:
    """Whether a letterhead is an organisation's whole name, and not a tester's or supervisor's."""
    cleaned = clean_party_name(head)
    return cleaned is not None and cleaned[0] == head and is_org_name(head) and not is_third_party(head)


def _spelt_alone(name: str, other: str, text: str) -> bool:
    """Whether the text spells ``name`` somewhere other than inside a spelling of ``other``: a
    letterhead that lost its first character (密市某局) is spelt in the sentences only inside the
    whole name (哈密市某局), and so is no plainer spelling of it."""
    covered = {at + i for at in _occurrences(other, text) for i in range(len(other))}
    return any(not all(at + i in covered for i in range(len(name))) for at in _occurrences(name, text))


def _spelt_nearly(name: str, body: str) -> str | None:
    """The one spelling in the body that differs from a signer's reading in a single character, read
    wrong or lost (a seal over 托克逊县… read 托束逊县…; 文化体育播电视 for 文化体育广播电视), the
    project's name or a sentence spelling it plainly, if the body does not spell the reading itself."""
    if name in body:
        return None
    # One character read wrong (the same length) or lost (the body's spelling one longer).
    found = {
        window
        for size in (len(name), len(name) + 1)
        for at in range(len(body) - size + 1)
        if Levenshtein.distance(window := body[at : at + size], name) == 1
        and window.endswith(name[-2:])
        and is_org_name(window)
    }
    return found.pop() if len(found) == 1 else None


def _as_spelt(reading: Reading, party: Extracted[str] | None) -> Extracted[str] | None:
    """A party read unsurely (under a seal: 克拉玛依布乌尔禾区水利局) as the report's own sentences
    spell it, where they spell one name a character off it (克拉玛依市乌尔禾区水利局于…组织验收);
    its confidence stays what the reading earned."""
    if party is None or party.confidence >= 0.8:
        return party
    body = "".join(ln.compact for ln in reading.lines if ln.page != party.page or party.text not in ln.text)
    spelt = _spelt_nearly(party.value, body)
    return party.model_copy(update={"value": spelt}) if spelt is not None else party


def _occurrences(name: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(f"(?={re.escape(name)})", text)] if name else []


def _body(reading: Reading, signer: list[Line]) -> str:
    """The letter's text but its letterhead (the first line) and its signature lines."""
    head = reading.lines[0]
    return "".join(ln.compact for ln in reading.lines if ln is not head and all(ln is not s for s in signer))


def _reads_as(damaged: str, name: str) -> bool:
    """Whether a reading is the name but for a character or two lost at its ends or under a
    seal (the letterhead 密市某局(某中心 of 哈密市某局(某中心))."""
    return Levenshtein.distance(damaged, name) <= max(1, len(name) // 12)


def _stray(line: Line) -> bool:
    """A line of a character or two read unsure: what OCR makes of a seal's strokes."""
    return len(line.compact) <= 2 and min(line.confs, default=1.0) < 0.8


# The date a sentence opens with (2024年4月28日昌吉…局组织…), not a 日 inside a name (新疆日报社).
# Where the meeting was held, between the organiser and 组织 (某局在乌鲁木齐市组织召开了…验收会).
_AT_PLACE = r"(?:在[\u4e00-\u9fff]{2,12}?)?"
_LEADING_DATE = re.compile(r"^.*?[\d〇零一二三四五六七八九十]日")


def _organiser_like(signer: str, text: str, cues: list[str]) -> str | None:
    """The organisation the letter says organised the acceptance, where the signer reads as it."""
    spellings = {
        cleaned[0]
        for cue in cues
        for match in re.finditer(rf"([^，,。；;：:、\s]{{4,60}}?){_AT_PLACE}{cue}", text)
        if (cleaned := clean_party_name(_LEADING_DATE.sub("", match.group(1)))) is not None
        and is_org_name(cleaned[0])
        and (
            (
                abs(len(cleaned[0]) - len(signer)) <= 1
                and Levenshtein.distance(cleaned[0], signer) <= max(1, len(signer) // 8)
            )
            # or the seal hid the name's first characters (市数据局 of 库车市数据局)
            or (len(signer) >= 4 and cleaned[0].endswith(signer) and len(cleaned[0]) - len(signer) <= 4)
        )
    }
    return spellings.pop() if len(spellings) == 1 else None


_BUILT = re.compile(
    r"(?:你公司|你单位|贵公司|贵单位)(?:承建|承担|实施|建设|开发)的“?(?P<name>[^，,。；;：:“”]{4,80}?"
    r"(?:项目|工程|系统|平台)(?:\([^()]{1,12}\))?)”?"
    # The contract's number in brackets after the name: …项目(合同编号：HMZC20257617)，已按…
    r"(?:\((?:合同|项目|采购)?(?:编号|编码)[:：][^()]{1,30}\))?(?:已|于|经|通过|,|，|。)"
)


def letter_project(reading: Reading) -> Extracted[str] | None:
    """The project an acceptance letter speaks of: 你公司承建的某项目已按合同约定完成…, wrapped anywhere.

    The letter's own sentence names it whole; its title (关于某项目的验收意见) may run off the page.
    """
    for run in running_text(reading):
        match = _BUILT.search(run.text)
        snip = run.snippet(match.start("name"), match.end("name")) if match else None
        if match is not None and snip is not None:
            return extracted(match["name"], snip, 0.85)
    return None


@extractor(DocType.acceptance_report)
def extract_acceptance(reading: Reading) -> AcceptanceFields:
    """Every acceptance-report field that the pages show.

    A testing or supervising organisation is the third party, never party A or B.
    """
    letter = letter_parties(reading)
    labelled = next(reading.values("project_name"), None) is not None
    fields: dict[str, object] = {
        # A labelled name first (a form bound before a letter keeps its own); then the letter's sentence.
        "project_name": (project_name(reading) if labelled else None)
        or letter_project(reading)
        or project_name(reading),
        "party_a": _as_spelt(reading, reading.party("a", reject=is_third_party)) or letter.get("party_a"),
        "party_b": _as_spelt(reading, reading.party("b", reject=is_third_party)) or letter.get("party_b"),
        "accepted_on": accepted_on(reading),
        "conclusion": conclusion(reading),
        "has_seal": read_seal(reading),
        "third_party": third_party(reading),
    }
    prime, sub = _labelled_name(reading, "prime_contractor"), _labelled_name(reading, "subcontractor")
    if prime is not None and sub is not None:
        # A subcontract's acceptance: its parties are the subcontract's, not the end user.
        fields["party_a"], fields["party_b"] = prime, sub
    return AcceptanceFields(**{k: v for k, v in fields.items() if v is not None})


def _labelled_name(reading: Reading, key: str) -> Extracted[str] | None:
    """The organisation named at the key's label (its first that names one)."""
    for value in reading.values(key):
        parsed = clean_party_name(value.value.text)
        if parsed is not None and is_org_name(parsed[0]):
            return extracted(parsed[0], value.value, parsed[1])
    return None
